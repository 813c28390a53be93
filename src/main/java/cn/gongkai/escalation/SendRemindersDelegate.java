package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.DUE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.LAST_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;
import static cn.gongkai.escalation.DeadlineRemindersProcess.NEXT_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.OCCURRENCE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RUNG_OFFSET;
import static cn.gongkai.escalation.DeadlineRemindersProcess.STEP;

import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "发送到时的提醒", in the job of the watch's timer: when the planned rung's time has come, mails everyone
 * it tells, each mail committed on its own, and marks the rung handled. A watch woken before that (its
 * morning recheck, or a change of its clock bringing the timer forward) sends nothing; neither does one
 * whose clock moved meanwhile: either plans again. If some mails fail the job fails after the others
 * went out, and its retry sends the rest.
 */
@Component("sendRemindersDelegate")
class SendRemindersDelegate implements JavaDelegate {

    private final ReminderService reminders;
    private final AgencyTime clock;

    SendRemindersDelegate(ReminderService reminders, AgencyTime clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date rungAt = NEXT_REMINDER_AT.get(execution);
        if (!ReminderPlan.Step.SEND.name().equals(STEP.get(execution)) || clock.now().isBefore(rungAt.toInstant())) {
            return; // woken early: the recheck or a change; the watch plans again
        }
        boolean stillDue = reminders.sendRung(Matter.parse(MATTER.get(execution)), WatchedClock.valueOf(CLOCK.get(execution)),
                RUNG_OFFSET.get(execution), LocalDate.parse(OCCURRENCE_ON.get(execution)),
                LocalDate.parse(DUE_ON.get(execution))).isPresent();
        if (stillDue) {
            LAST_REMINDER_AT.set(execution, rungAt);
        }
    }
}
