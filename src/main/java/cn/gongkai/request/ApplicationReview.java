package cn.gongkai.request;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure office's acceptance review (受理审查): an incomplete application gets the one-time
 * 补正 notice (Art. 30); one still unclear after its supplement cannot be provided; a complete one
 * goes to a division.
 */
@Service
public class ApplicationReview {

    public enum Result { SUPPLEMENT, STILL_UNCLEAR, ASSIGNED }

    /** The review's result, the supplement's due day when asked for, and who drafts the reply. */
    public record Decision(Result result, Integer supplementWorkingDays, Handler handler, Outcome fixedOutcome) {
    }

    static final int MAX_SUPPLEMENT_DAYS = 60;

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final Events events;
    private final RequestSync sync;
    private final SupplementRepository supplements;
    private final RequestLetters documents;
    private final WorkingDays workingDays;
    private final ClockRules rules;
    private final AgencyProperties agency;
    private final AgencyTime clock;

    ApplicationReview(RequestRepository requests, ClockLedger ledger, Events events, RequestSync sync,
            SupplementRepository supplements, RequestLetters documents, WorkingDays workingDays, ClockRules rules,
            AgencyProperties agency, AgencyTime clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.events = events;
        this.sync = sync;
        this.supplements = supplements;
        this.documents = documents;
        this.workingDays = workingDays;
        this.rules = rules;
        this.agency = agency;
        this.clock = clock;
    }

    /** What 受理审查 (form {@code request-review}) hands on; which fields matter depends on the conclusion. */
    public record Review(boolean complete, String division, String supplementItems, Integer supplementWorkingDays) {

        public static Review read(Fields form) {
            Boolean complete = form.bool("complete");
            String division = form.text("division", Boolean.TRUE.equals(complete));
            String items = form.text("supplementItems");
            Integer days = form.integer("supplementWorkingDays", 0);
            form.validate();
            return new Review(complete, division, items, days == 0 ? null : days);
        }
    }

    /** What 等待补正 (form {@code request-supplement}) hands on: a supplement received on paper. */
    public record Supplement(LocalDate receivedOn, String content) {

        public static Supplement read(Fields form) {
            LocalDate on = form.date("supplementReceivedOn");
            String content = form.text("supplementContent");
            form.validate();
            return new Supplement(on, content);
        }
    }

    /** The decision, and for a 补正 the items and the period (the configured default when none was given). */
    @Transactional
    public Decision review(long requestId, Review review, String actor) {
        Problems problems = new Problems();
        if (review.complete()) {
            String code = review.division();
            if (agency.division(code).isEmpty()) {
                problems.add("division", "「承办处室」取值无效「" + code + "」");
            }
            problems.throwIfAny();
            requests.setDivision(requestId, code);
            sync.sync(requestId);
            return new Decision(Result.ASSIGNED, null, divisionHandler(code), null);
        }
        if (alreadyAskedForSupplement(requestId)) {
            sync.sync(requestId);
            return new Decision(Result.STILL_UNCLEAR, null, officeHandler(), Outcome.UNAVAILABLE_STILL_UNCLEAR);
        }
        if (review.supplementItems() == null) {
            problems.add("supplementItems", "「需要补正的事项」必须填写");
        }
        int period = review.supplementWorkingDays() == null ? rules.supplementPeriodWorkingDays() : review.supplementWorkingDays();
        if (period > MAX_SUPPLEMENT_DAYS) {
            problems.add("supplementWorkingDays", "「补正期限（工作日）」应为 1 到 " + MAX_SUPPLEMENT_DAYS + " 之间的整数");
        }
        lateNotice(requestId).forEach(m -> problems.add("complete", m));
        problems.throwIfAny();
        return new Decision(Result.SUPPLEMENT, period, null, null);
    }

    /** The one-time 补正 notice (Art. 30): recorded, written, and the applicant's period set. */
    @Transactional
    public LocalDate requestSupplement(long requestId, String items, int workingDays, String actor) {
        Problems problems = new Problems();
        lateNotice(requestId).forEach(m -> problems.add("complete", m));
        problems.throwIfAny();
        DisclosureRequest r = requests.get(requestId);
        LocalDate today = clock.today();
        LocalDate dueOn = this.workingDays.dueDate(today, workingDays).dueOn();
        events.record(r, ClockEventType.SUPPLEMENT_REQUESTED, today, actor, "一次性告知补正，补正期限至 " + dueOn, items, workingDays);
        requests.setStatus(requestId, RequestStatus.AWAITING_SUPPLEMENT);
        documents.supplementNotice(r, items, workingDays, dueOn, actor);
        sync.sync(requestId);
        return dueOn;
    }

    /** Staff record a supplement received on paper, by post or in person. */
    @Transactional
    public void recordSupplement(long requestId, Supplement supplement, String actor) {
        Problems problems = new Problems();
        LocalDate on = supplement.receivedOn();
        LocalDate requestedOn = ledger.events(requestId).stream()
                .filter(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED).map(e -> e.occurredOn())
                .reduce((a, b) -> b).orElse(null);
        if (on.isAfter(clock.today())) {
            problems.add("supplementReceivedOn", "「收到补正材料日期」不能晚于今天（" + clock.today() + "）");
        } else if (requestedOn != null && on.isBefore(requestedOn)) {
            problems.add("supplementReceivedOn", "「收到补正材料日期」不能早于发出补正告知之日（" + requestedOn + "）");
        }
        problems.throwIfAny();
        DisclosureRequest r = requests.get(requestId);
        supplements.insert(requestId, on, supplement.content(), "STAFF", actor, clock.now());
        events.record(r, ClockEventType.SUPPLEMENT_RECEIVED, on, actor, "收到补正材料", null, null);
        requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
        sync.sync(requestId);
    }

    /** The applicant did not supplement in time: the application counts as withdrawn (Art. 30). */
    @Transactional
    public Decision supplementOverdue(long requestId) {
        requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
        sync.sync(requestId);
        return new Decision(Result.STILL_UNCLEAR, null, officeHandler(), Outcome.OTHER_SUPPLEMENT_OVERDUE);
    }

    /** Why a 补正 notice today would be too late (Art. 30: within 7 working days of receipt). */
    private java.util.List<String> lateNotice(long requestId) {
        return sync.replyClock().supplementNoticeProblems(ledger.events(requestId), workingDays.calendar(), clock.today());
    }

    private boolean alreadyAskedForSupplement(long requestId) {
        return ledger.events(requestId).stream().anyMatch(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED);
    }

    Handler divisionHandler(String division) {
        return new Handler(AgencyGroups.staff(division), AgencyGroups.head(division), agency.divisionName(division));
    }

    static Handler officeHandler() {
        return new Handler(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD,
                AgencyGroups.AGENCY_WIDE.get(AgencyGroups.DISCLOSURE_OFFICE));
    }
}
