package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.APPLICANT_NAME;
import static cn.gongkai.request.DisclosureRequestProcess.APPLICANT_TYPE;
import static cn.gongkai.request.DisclosureRequestProcess.APPLICATION_SUMMARY;
import static cn.gongkai.request.DisclosureRequestProcess.CHANNEL;
import static cn.gongkai.request.DisclosureRequestProcess.CLOCK_PAUSED;
import static cn.gongkai.request.DisclosureRequestProcess.DESCRIPTION;
import static cn.gongkai.request.DisclosureRequestProcess.DOCUMENT_LINKS;
import static cn.gongkai.request.DisclosureRequestProcess.RECEIVED_ON;
import static cn.gongkai.request.DisclosureRequestProcess.REPLY_CLOCK;
import static cn.gongkai.request.DisclosureRequestProcess.REPLY_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.REPLY_DUE_CYCLE;
import static cn.gongkai.request.DisclosureRequestProcess.REPLY_DUE_ON;
import static cn.gongkai.request.DisclosureRequestProcess.REQUEST_ID;
import static cn.gongkai.request.DisclosureRequestProcess.REVIEW_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.SUPPLEMENT_DUE_AT;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_REPLY_DUE;
import static cn.gongkai.request.DisclosureRequestProcess.TIMER_SUPPLEMENT_DUE;
import static cn.gongkai.request.DisclosureRequestProcess.TRACKING_CODE;
import static cn.gongkai.request.DisclosureRequestProcess.USER_RECORD_SUPPLEMENT;

import cn.gongkai.calendar.CalendarChangedEvent;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.clock.ClockState;
import cn.gongkai.clock.ReplyClock;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.process.ChangedVariables;
import cn.gongkai.process.ProcessVariable;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings everything derived from an application's records up to date whenever its clock events,
 * documents or the calendar change: the stored due date, the process variables the forms show,
 * the Camunda due dates of its open tasks, its reply-deadline timer and its escalation e-mails.
 */
@Service
public class RequestSync {

    private static final Logger log = LoggerFactory.getLogger(RequestSync.class);

    /** Tasks whose Camunda due date is the reply deadline. */
    static final List<String> REPLY_DEADLINE_TASKS = List.of(DisclosureRequestProcess.USER_DRAFT_REPLY,
            DisclosureRequestProcess.USER_SEND_CONSULTATION, DisclosureRequestProcess.USER_APPROVE_EXTENSION,
            DisclosureRequestProcess.USER_SEND_EXTENSION_NOTICE, DisclosureRequestProcess.USER_SEND_FEE_NOTICE,
            DisclosureRequestProcess.USER_HANDLER_HEAD_REVIEW, DisclosureRequestProcess.USER_REPLY_CONFIDENTIALITY_REVIEW,
            DisclosureRequestProcess.USER_LEADERSHIP_SIGNOFF, DisclosureRequestProcess.USER_RECORD_DELIVERY);

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final ReplyClock replyClock;
    private final ClockRules rules;
    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final RequestLetters documents;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final DeadlineWatches reminders;

    RequestSync(RequestRepository requests, ClockLedger ledger, ClockRules rules, WorkingDays workingDays,
            AgencyTime clock, RequestLetters documents, RuntimeService runtime, TaskService tasks,
            ManagementService management, DeadlineWatches reminders) {
        this.requests = requests;
        this.ledger = ledger;
        this.replyClock = new ReplyClock(rules);
        this.rules = rules;
        this.workingDays = workingDays;
        this.clock = clock;
        this.documents = documents;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.reminders = reminders;
    }

    /** The application's reply deadline as of today (no side effects). */
    public ReplyDeadline deadline(long requestId) {
        return replyClock.compute(ledger.events(requestId), workingDays.calendar(), clock.today());
    }

    public ReplyClock replyClock() {
        return replyClock;
    }

    @Transactional
    public ReplyDeadline sync(long requestId) {
        DisclosureRequest r = requests.get(requestId);
        ReplyDeadline deadline = deadline(requestId);
        if (!Objects.equals(r.replyDueOn(), deadline.dueOn())) {
            requests.setReplyDueOn(requestId, deadline.dueOn());
            log.info("CLOCK-001 {} reply due {} -> {} ({})", r.trackingCode(), r.replyDueOn(), deadline.dueOn(),
                    deadline.state());
        }
        String processInstanceId = r.processInstanceId();
        if (processInstanceId == null) {
            return deadline;
        }
        DisclosureRequest current = requests.get(requestId);
        // by id, so that an instance still being started in this command is found in the engine's cache
        ChangedVariables.set(runtime, processInstanceId, variables(current, deadline));
        Date dueAt = deadline.dueOn() == null ? null : clock.endOfDay(deadline.dueOn());
        if (dueAt != null) {
            for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                    .taskDefinitionKeyIn(REPLY_DEADLINE_TASKS.toArray(String[]::new)).list()) {
                if (!dueAt.equals(task.getDueDate())) {
                    task.setDueDate(dueAt);
                    tasks.saveTask(task);
                }
            }
        }
        retimeReplyTimer(r.trackingCode(), processInstanceId, dueAt);
        if (deadline.state() == ClockState.AWAITING_SUPPLEMENT) {
            retimeSupplement(r.trackingCode(), requestId, processInstanceId);
        }
        reminders.refresh(Matter.request(current.trackingCode()), RequestDeadlineSource.applying(current));
        return deadline;
    }

    /**
     * The applicant's period to supplement, counted again from the notice (its day and working days
     * are in the ledger): the variable, the overdue timer and the waiting task's due date follow it,
     * so that a calendar change moves them too.
     */
    private void retimeSupplement(String trackingCode, long requestId, String processInstanceId) {
        ledger.events(requestId).stream().filter(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED && e.workingDays() != null)
                .reduce((a, b) -> b).ifPresent(notice -> {
                    Date dueAt = clock.endOfDay(workingDays.dueDate(notice.occurredOn(), notice.workingDays()).dueOn());
                    runtime.setVariable(processInstanceId, SUPPLEMENT_DUE_AT.name(), dueAt);
                    Job timer = management.createJobQuery().processInstanceId(processInstanceId)
                            .activityId(TIMER_SUPPLEMENT_DUE).singleResult();
                    if (timer != null && !dueAt.equals(timer.getDuedate())) {
                        management.setJobDuedate(timer.getId(), dueAt);
                        log.info("CLOCK-005 {} supplement period now ends {}", trackingCode, dueAt.toInstant());
                    }
                    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                            .taskDefinitionKey(USER_RECORD_SUPPLEMENT).list()) {
                        if (!dueAt.equals(task.getDueDate())) {
                            task.setDueDate(dueAt);
                            tasks.saveTask(task);
                        }
                    }
                });
    }

    /** The calendar changed: re-time every open application, and say so in the log. */
    @EventListener
    public void onCalendarChanged(CalendarChangedEvent event) {
        List<DisclosureRequest> open = requests.open();
        int moved = 0;
        for (DisclosureRequest r : open) {
            try {
                LocalDate before = r.replyDueOn();
                ReplyDeadline after = sync(r.id());
                if (!Objects.equals(before, after.dueOn())) {
                    moved++;
                }
            } catch (RuntimeException e) {
                log.error("CLOCK-004 {} could not be re-timed: {}", r.trackingCode(), e.getMessage());
            }
        }
        log.info("CLOCK-003 calendar changed ({} -> {}): {} open applications re-timed, {} due dates moved",
                event.yearsBefore(), event.yearsAfter(), open.size(), moved);
    }

    /**
     * Moves the reply-deadline timer (and the daily checks after it) to the current due date. A
     * stopped or paused clock needs nothing more: the check re-reads the ledger when it fires.
     */
    private void retimeReplyTimer(String trackingCode, String processInstanceId, Date dueAt) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(TIMER_REPLY_DUE)
                .singleResult();
        if (timer != null && dueAt != null && !dueAt.equals(timer.getDuedate())) {
            management.setJobDuedate(timer.getId(), dueAt, true);
            log.info("CLOCK-002 {} reply-deadline timer moved to {}", trackingCode, dueAt.toInstant());
        }
    }

    private Map<String, Object> variables(DisclosureRequest r, ReplyDeadline deadline) {
        Map<String, Object> v = new HashMap<>();
        put(v, REQUEST_ID, r.id());
        put(v, TRACKING_CODE, r.trackingCode());
        put(v, APPLICANT_TYPE, r.applicantType().name());
        put(v, APPLICANT_NAME, r.applicantName());
        put(v, CHANNEL, r.channel().name());
        put(v, DESCRIPTION, r.description());
        put(v, RECEIVED_ON, r.receivedOn() == null ? null : r.receivedOn().toString());
        put(v, APPLICATION_SUMMARY, RequestSummaries.summary(r, clock.zone()));
        put(v, REPLY_CLOCK, RequestSummaries.clock(deadline));
        put(v, REPLY_DUE_ON, deadline.dueOn() == null ? null : deadline.dueOn().toString());
        put(v, CLOCK_PAUSED, deadline.state() != ClockState.RUNNING);
        if (deadline.dueOn() != null) {
            Date dueAt = clock.endOfDay(deadline.dueOn());
            put(v, REPLY_DUE_AT, dueAt);
            put(v, REPLY_DUE_CYCLE, "R/" + dueAt.toInstant() + "/P1D");
        }
        if (r.receivedOn() != null) {
            boolean supplemented = ledger.events(r.id()).stream()
                    .anyMatch(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED);
            LocalDate reviewDue = supplemented && deadline.dueOn() != null
                    ? deadline.dueOn()
                    : workingDays.dueDate(r.receivedOn(), rules.supplementNoticeWorkingDays()).dueOn();
            put(v, REVIEW_DUE_AT, clock.endOfDay(reviewDue));
        }
        List<StoredDocument> docs = documents.list(r.id());
        put(v, DOCUMENT_LINKS, RequestSummaries.documentLinks(r, docs, clock.zone()));
        return v;
    }

    private static <T> void put(Map<String, Object> v, ProcessVariable<T> variable, T value) {
        v.put(variable.name(), value);
    }
}
