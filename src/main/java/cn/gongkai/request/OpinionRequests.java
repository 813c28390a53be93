package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for opinions (征求意见; "consultation" in the statute's English, but in this code base a
 * consultation is always a public question, 咨询) of a third party (Art. 32) or a co-producing agency
 * (Art. 34): 15 working days from the letter's receipt, a reminder before they end, and the time
 * taken not counted in the reply period (Art. 33 para 3). Without an answer a third party leaves the
 * decision to the agency, a co-producing agency is deemed to consent.
 */
@Service
public class OpinionRequests {

    private static final Logger log = LoggerFactory.getLogger(OpinionRequests.class);

    /** When the consultation must be answered, and when to remind. */
    public record Window(LocalDate dueOn, LocalDate reminderOn) {
    }

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final Events events;
    private final RequestSync sync;
    private final RequestLetters documents;
    private final WorkingDays workingDays;
    private final ClockRules rules;
    private final AgencyTime clock;

    OpinionRequests(RequestRepository requests, ClockLedger ledger, Events events, RequestSync sync,
            RequestLetters documents, WorkingDays workingDays, ClockRules rules, AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.events = events;
        this.sync = sync;
        this.documents = documents;
        this.workingDays = workingDays;
        this.rules = rules;
        this.clock = clock;
    }

    /** Writes the consultation letter (征求意见书) for the handler to send. */
    @Transactional
    public void prepare(long requestId, OpinionParty kind, String party, String matters, String actor) {
        documents.consultationLetter(requests.get(requestId), kind, party, matters, actor);
        sync.sync(requestId);
    }

    /** What 发送征求意见书 (form {@code request-send-consultation}) hands on. */
    public record Letter(LocalDate sentOn, LocalDate deliveredOn) {

        public static Letter read(Fields form) {
            LocalDate sent = form.date("consultationSentOn");
            LocalDate delivered = form.date("consultationDeliveredOn");
            form.validate();
            return new Letter(sent, delivered);
        }
    }

    /** What 记录对方意见 (form {@code request-consultation-reply}) hands on. */
    public record Reply(OpinionResult result, String opinion, LocalDate repliedOn) {

        public static Reply read(Fields form) {
            OpinionResult result = form.choice("consultationResult", OpinionResult.class);
            String opinion = form.text("consultationOpinion");
            LocalDate on = form.date("consultationRepliedOn");
            form.validate();
            return new Reply(result, opinion, on);
        }
    }

    /** The letter went out: the reply clock stops from the day it was sent. */
    @Transactional
    public Window open(long requestId, OpinionParty kind, String party, Letter letter, String actor) {
        Problems problems = new Problems();
        LocalDate sent = letter.sentOn();
        LocalDate delivered = letter.deliveredOn();
        DisclosureRequest r = requests.get(requestId);
        if (sent.isAfter(clock.today()) || r.receivedOn() != null && sent.isBefore(r.receivedOn())) {
            problems.add("consultationSentOn", "「征求意见书发出日期」应在收到申请之日（" + r.receivedOn() + "）与今天之间");
        }
        if (delivered.isBefore(sent) || delivered.isAfter(clock.today())) {
            problems.add("consultationDeliveredOn", "「对方收到日期」应在发出日期与今天之间");
        }
        if (problems.isEmpty()) {
            sync.replyClock().consultationProblems(ledger.events(requestId), workingDays.calendar(), sent)
                    .forEach(m -> problems.add("consultationSentOn", m));
        }
        problems.throwIfAny();
        LocalDate dueOn = workingDays.dueDate(delivered, rules.consultationWorkingDays()).dueOn();
        LocalDate reminderOn = workingDays.dueDate(delivered,
                Math.max(1, rules.consultationWorkingDays() - rules.consultationReminderWorkingDays())).dueOn();
        events.record(r, ClockEventType.CONSULTATION_OPENED, sent, actor, kind.label(), party, null);
        requests.setStatus(requestId, RequestStatus.CONSULTING);
        sync.sync(requestId);
        return new Window(dueOn, reminderOn);
    }

    /** The consulted party answered: the reply clock runs again from the day after. */
    @Transactional
    public void close(long requestId, Reply reply, String actor) {
        Problems problems = new Problems();
        OpinionResult answer = reply.result();
        if (answer == OpinionResult.NO_ANSWER || answer == OpinionResult.DEEMED_CONSENT) {
            problems.add("consultationResult", "对方未答复的情形在期限届满时由系统记录，请选择对方的实际意见");
        }
        LocalDate on = reply.repliedOn();
        LocalDate openedOn = openedOn(requestId);
        if (on.isAfter(clock.today()) || openedOn != null && on.isBefore(openedOn)) {
            problems.add("consultationRepliedOn", "「收到意见日期」应在发出征求意见书之日（" + openedOn + "）与今天之间");
        }
        problems.throwIfAny();
        finish(requestId, answer, on, actor);
    }

    /** The period ended without an answer. */
    @Transactional
    public OpinionResult closeUnanswered(long requestId, OpinionParty kind, LocalDate periodEndedOn) {
        OpinionResult result = kind == OpinionParty.CO_PRODUCER
                ? OpinionResult.DEEMED_CONSENT
                : OpinionResult.NO_ANSWER;
        finish(requestId, result, periodEndedOn, null);
        return result;
    }

    public void remind(long requestId) {
        DisclosureRequest r = requests.get(requestId);
        log.info("CONSULTATION-001 {} consultation ends in {} working days; remind the party",
                r.trackingCode(), rules.consultationReminderWorkingDays());
    }

    private void finish(long requestId, OpinionResult result, LocalDate on, String actor) {
        DisclosureRequest r = requests.get(requestId);
        events.record(r, ClockEventType.CONSULTATION_CLOSED, on, actor, result.label(), null, null);
        requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
        sync.sync(requestId);
    }

    private LocalDate openedOn(long requestId) {
        return ledger.events(requestId).stream().filter(e -> e.type() == ClockEventType.CONSULTATION_OPENED)
                .map(e -> e.occurredOn()).reduce((a, b) -> b).orElse(null);
    }
}
