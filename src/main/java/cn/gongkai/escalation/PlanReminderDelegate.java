package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.DUE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.LAST_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;
import static cn.gongkai.escalation.DeadlineRemindersProcess.NEXT_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.OCCURRENCE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RECHECK_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RUNG_OFFSET;
import static cn.gongkai.escalation.DeadlineRemindersProcess.STEP;
import static cn.gongkai.escalation.DeadlineRemindersProcess.SUMMARY;
import static cn.gongkai.escalation.DeadlineRemindersProcess.WAKE_AT;

import cn.gongkai.system.AgencyTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "计划下一次提醒": reads the clock and sets what the watch waits for next — the next rung, and when
 * its timer fires: the rung's send time or the next morning's recheck, whichever comes first.
 */
@Component("planReminderDelegate")
class PlanReminderDelegate implements JavaDelegate {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReminderService reminders;
    private final AgencyTime clock;
    private final EscalationProperties properties;

    PlanReminderDelegate(ReminderService reminders, AgencyTime clock, EscalationProperties properties) {
        this.reminders = reminders;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WatchedClock watched = WatchedClock.valueOf(CLOCK.get(execution));
        Date last = LAST_REMINDER_AT.get(execution);
        ReminderPlan plan = reminders.plan(Matter.parse(MATTER.get(execution)), watched,
                last == null ? null : last.toInstant());
        STEP.set(execution, plan.step().name());
        Date recheck = Date.from(clock.today().plusDays(1).atTime(properties.recheckAt()).atZone(clock.zone()).toInstant());
        RECHECK_AT.set(execution, recheck);
        WAKE_AT.set(execution, plan.step() == ReminderPlan.Step.SEND && plan.occurrence().at().isBefore(recheck.toInstant())
                ? Date.from(plan.occurrence().at()) : recheck);
        String title = plan.reading().reference() == null ? "" : plan.reading().reference() + " ";
        switch (plan.step()) {
            case SEND -> {
                Occurrence next = plan.occurrence();
                NEXT_REMINDER_AT.set(execution, Date.from(next.at()));
                RUNG_OFFSET.set(execution, next.rung().offset());
                OCCURRENCE_ON.set(execution, next.on().toString());
                DUE_ON.set(execution, next.dueOn().toString());
                SUMMARY.set(execution, title + watched.label() + " " + next.dueOn() + " 届满；下一次提醒 "
                        + WHEN.format(next.at().atZone(clock.zone())) + "（" + next.rung().label() + "）");
            }
            case WAIT -> SUMMARY.set(execution, title + watched.label() + "：暂不计时或提醒已发完，等待期限变化");
            case STOP -> SUMMARY.set(execution, title + watched.label() + "：已结束，不再提醒");
        }
    }
}
