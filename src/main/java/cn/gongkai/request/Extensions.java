package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extensions of the reply period (Art. 33 para 2): at most 20 working days, once, decided before
 * the period runs out, with the disclosure-office head's consent; the applicant gets a
 * 延期答复告知书. An illegal extension is refused whenever it is asked for or approved.
 */
@Service
public class Extensions {

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final Events events;
    private final RequestSync sync;
    private final RequestLetters documents;
    private final WorkingDays workingDays;
    private final AgencyTime clock;

    Extensions(RequestRepository requests, ClockLedger ledger, Events events, RequestSync sync,
            RequestLetters documents, WorkingDays workingDays, AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.events = events;
        this.sync = sync;
        this.documents = documents;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The reply deadline if the extension were granted today (shown to the approver). */
    public LocalDate proposedDueOn(long requestId, int days) {
        ReplyDeadline now = sync.deadline(requestId);
        return workingDays.dueDate(now.dueOn(), days).dueOn();
    }

    @Transactional
    public LocalDate grant(long requestId, int days, String reason, String approver) {
        return grant(requestId, days, reason, approver, ExtensionBasis.ART_33);
    }

    /** An extension (Art. 33) or a delayed reply period (Art. 35), recorded and told to the applicant. */
    @Transactional
    public LocalDate grant(long requestId, int days, String reason, String approver, ExtensionBasis basis) {
        boolean delay = basis == ExtensionBasis.ART_35;
        List<String> illegal = delay
                ? sync.replyClock().delayProblems(ledger.events(requestId), workingDays.calendar(), clock.today(), days)
                : sync.replyClock().extensionProblems(ledger.events(requestId), workingDays.calendar(), clock.today(), days);
        if (!illegal.isEmpty()) {
            Problems problems = new Problems();
            illegal.forEach(m -> problems.add("approved", m));
            problems.throwIfAny();
        }
        DisclosureRequest r = requests.get(requestId);
        events.record(r, delay ? ClockEventType.DELAY_SET : ClockEventType.EXTENSION_GRANTED, clock.today(), approver,
                reason, null, days);
        ReplyDeadline extended = sync.sync(requestId);
        documents.extensionNotice(r, days, reason, extended.dueOn(), approver, delay);
        sync.sync(requestId);
        return extended.dueOn();
    }
}
