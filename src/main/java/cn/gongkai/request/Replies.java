package cn.gongkai.request;

import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply leaves only after review, confidentiality review and leadership sign-off: it is issued
 * as a 答复书 kept with the application, then its service is recorded with the day that counts
 * under 国办公开办函〔2016〕235号.
 */
@Service
public class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final Events events;
    private final RequestSync sync;
    private final RequestLetters documents;
    private final AgencyTime clock;

    Replies(RequestRepository requests, ClockLedger ledger, Events events, RequestSync sync,
            RequestLetters documents, AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.events = events;
        this.sync = sync;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public void issue(long requestId, ReplyDraft.Reply draft, String actor) {
        DisclosureRequest r = requests.get(requestId);
        requests.setOutcome(requestId, draft.outcome(), draft.legalBasis());
        events.record(r, ClockEventType.REPLIED, clock.today(), actor, draft.outcome().label(), null, null);
        requests.setReplied(requestId, clock.today());
        requests.setStatus(requestId, RequestStatus.REPLIED);
        LocalDate supplementRequestedOn = ledger.events(requestId).stream()
                .filter(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED).map(ClockEvent::occurredOn)
                .findFirst().orElse(null);
        documents.reply(requests.get(requestId), draft.outcome(), draft.legalBasis(), draft.reasons(),
                draft.provisionForm() == null ? null : draft.provisionForm().label(),
                draft.provisionMethod() == null ? null : draft.provisionMethod().label(), draft.referralAgency(),
                supplementRequestedOn, actor);
        sync.sync(requestId);
        log.info("REQUEST-010 {} replied: {}", r.trackingCode(), draft.outcome());
    }

    /** What 送达答复书 (form {@code request-record-delivery}) hands on. */
    public record Service(ServiceMethod method, LocalDate servedOn, String note) {

        public static Service read(Fields form) {
            ServiceMethod how = form.choice("serviceMethod", ServiceMethod.class);
            LocalDate on = form.date("servedOn");
            String note = form.text("serviceNote");
            form.validate();
            return new Service(how, on, note);
        }
    }

    @Transactional
    public ReplyDeadline served(long requestId, Service service, String actor) {
        Problems problems = new Problems();
        ServiceMethod how = service.method();
        LocalDate on = service.servedOn();
        String text = service.note();
        DisclosureRequest r = requests.get(requestId);
        if (on.isAfter(clock.today()) || r.repliedOn() != null && on.isBefore(r.repliedOn())) {
            problems.add("servedOn", "「送达日期」应在作出答复之日（" + r.repliedOn() + "）与今天之间");
        }
        problems.throwIfAny();
        events.record(r, ClockEventType.SERVED, on, actor, how.label() + "，以" + how.dayRule() + "为送达日", text, null);
        requests.setServed(requestId, on);
        requests.setStatus(requestId, RequestStatus.CLOSED);
        ReplyDeadline deadline = sync.sync(requestId);
        log.info("REQUEST-011 {} served on {} ({}), due {}", r.trackingCode(), on, how, deadline.dueOn());
        return deadline;
    }

    /** Whether the reply is late today; the daily deadline check records it. */
    public boolean overdue(long requestId) {
        return sync.deadline(requestId).overdueOn(clock.today());
    }
}
