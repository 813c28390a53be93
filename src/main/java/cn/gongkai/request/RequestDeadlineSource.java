package cn.gongkai.request;

import cn.gongkai.calendar.DueDate;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockRules;
import cn.gongkai.clock.ClockState;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.escalation.DeadlineReading.Phase;
import cn.gongkai.escalation.DeadlineReading;
import cn.gongkai.escalation.DeadlineSource;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.RunningInstances;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The clocks of an application, for the escalation e-mails: the reply period (from the ledger),
 * the one-time 补正 notice (7 working days from receipt, while the application is being reviewed),
 * the consultation period and the fee-payment period (while they run).
 */
@Component
class RequestDeadlineSource implements DeadlineSource {

    private static final int TITLE_LENGTH = 40;

    private final RequestRepository requests;
    private final RequestSync sync;
    private final ClockLedger ledger;
    private final ClockRules rules;
    private final WorkingDays workingDays;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RunningInstances instances;

    RequestDeadlineSource(RequestRepository requests, RequestSync sync, ClockLedger ledger, ClockRules rules,
            WorkingDays workingDays, RuntimeService runtime, TaskService tasks, RunningInstances instances) {
        this.requests = requests;
        this.sync = sync;
        this.ledger = ledger;
        this.rules = rules;
        this.workingDays = workingDays;
        this.runtime = runtime;
        this.tasks = tasks;
        this.instances = instances;
    }

    /** The clocks that apply to the application as it stands: those get a watch if they have none. */
    static Set<WatchedClock> applying(DisclosureRequest r) {
        Set<WatchedClock> clocks = EnumSet.noneOf(WatchedClock.class);
        if (closed(r) || r.receivedOn() == null) {
            return clocks;
        }
        clocks.add(WatchedClock.REPLY);
        clocks.add(WatchedClock.SUPPLEMENT_NOTICE);
        if (r.status() == RequestStatus.CONSULTING) {
            clocks.add(WatchedClock.CONSULTATION);
        }
        if (r.status() == RequestStatus.AWAITING_FEE) {
            clocks.add(WatchedClock.FEE_PAYMENT);
        }
        return clocks;
    }

    @Override
    public String kind() {
        return Matter.REQUEST;
    }

    @Override
    public DeadlineReading read(String trackingCode, WatchedClock clock) {
        Optional<DisclosureRequest> found = requests.findByTrackingCode(trackingCode);
        if (found.isEmpty() || closed(found.get()) || found.get().processInstanceId() == null
                || !instances.running(found.get().processInstanceId())) {
            return DeadlineReading.ended();
        }
        DisclosureRequest r = found.get();
        return switch (clock) {
            case REPLY -> reply(r);
            case SUPPLEMENT_NOTICE -> supplementNotice(r);
            case CONSULTATION -> r.status() == RequestStatus.CONSULTING
                    ? period(r, DisclosureRequestProcess.CONSULTATION_DUE_ON.name(),
                            "征求意见期限：第三方或相关机关自收到征求意见书之日起 " + rules.consultationWorkingDays() + " 个工作日内提出意见")
                    : reading(r, Phase.WAITING, null, List.of());
            case FEE_PAYMENT -> r.status() == RequestStatus.AWAITING_FEE
                    ? period(r, DisclosureRequestProcess.FEE_DUE_ON.name(),
                            "缴费期限：申请人自收到收费通知书之日起 " + rules.feePaymentWorkingDays() + " 个工作日内缴纳信息处理费")
                    : reading(r, Phase.WAITING, null, List.of());
            case PUBLICATION, CONSULTATION_ANSWER, CORRECTION_REPLY -> DeadlineReading.ended();
        };
    }

    private DeadlineReading reply(DisclosureRequest r) {
        ReplyDeadline deadline = sync.deadline(r.id());
        if (deadline.state() == ClockState.STOPPED) {
            return DeadlineReading.ended();
        }
        Phase phase = deadline.state() == ClockState.RUNNING ? Phase.RUNNING : Phase.WAITING;
        List<String> lines = new ArrayList<>(deadline.explanation());
        if (phase == Phase.WAITING) {
            lines.add(0, deadline.state().label());
        }
        return reading(r, phase, phase == Phase.RUNNING ? deadline.dueOn() : null, lines);
    }

    /** Art. 30: a 补正 notice is due within 7 working days of receipt, while the review task is open. */
    private DeadlineReading supplementNotice(DisclosureRequest r) {
        boolean noticeSent = ledger.events(r.id()).stream().anyMatch(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED);
        boolean underReview = tasks.createTaskQuery().processInstanceId(r.processInstanceId())
                .taskDefinitionKey(DisclosureRequestProcess.USER_REVIEW_APPLICATION).count() > 0;
        if (noticeSent || !underReview) {
            return DeadlineReading.ended();
        }
        DueDate due = workingDays.dueDate(r.receivedOn(), rules.supplementNoticeWorkingDays());
        List<String> lines = new ArrayList<>();
        lines.add("申请内容不明确的，应自收到申请之日起 " + rules.supplementNoticeWorkingDays()
                + " 个工作日内一次性告知申请人补正（《政府信息公开条例》第三十条）");
        lines.addAll(due.explanation());
        return reading(r, Phase.RUNNING, due.dueOn(), lines);
    }

    private DeadlineReading period(DisclosureRequest r, String dueVariable, String rule) {
        Object due = runtime.getVariable(r.processInstanceId(), dueVariable);
        if (due == null) {
            return reading(r, Phase.WAITING, null, List.of(rule));
        }
        LocalDate dueOn = LocalDate.parse(due.toString());
        return reading(r, Phase.RUNNING, dueOn, List.of(rule, "期限届满日：" + dueOn));
    }

    private static DeadlineReading reading(DisclosureRequest r, Phase phase, LocalDate dueOn, List<String> explanation) {
        String title = r.description().length() > TITLE_LENGTH ? r.description().substring(0, TITLE_LENGTH) + "…" : r.description();
        return new DeadlineReading(phase, dueOn, "申请 " + r.trackingCode(), title.replaceAll("\\s+", " "), explanation,
                r.processInstanceId(), r.division(), "/staff/requests/" + r.trackingCode());
    }

    private static boolean closed(DisclosureRequest r) {
        return r.status() == RequestStatus.CLOSED || r.status() == RequestStatus.NOT_ACCEPTED;
    }
}
