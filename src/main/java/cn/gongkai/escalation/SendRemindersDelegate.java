package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.DUE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.LAST_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;
import static cn.gongkai.escalation.DeadlineRemindersProcess.NEXT_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.OCCURRENCE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RUNG_OFFSET;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "发送提醒邮件", in the job of the timer "提醒时间到": mails everyone the rung tells, each mail committed
 * on its own, and marks the rung handled. If the clock moved meanwhile nothing is sent and the watch
 * plans again; if some mails fail the job fails after the others went out, and its retry sends the rest.
 */
@Component("sendRemindersDelegate")
class SendRemindersDelegate implements JavaDelegate {

    private final ReminderService reminders;

    SendRemindersDelegate(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean stillDue = reminders.sendRung(Matter.parse(MATTER.get(execution)), WatchedClock.valueOf(CLOCK.get(execution)),
                RUNG_OFFSET.get(execution), LocalDate.parse(OCCURRENCE_ON.get(execution)),
                LocalDate.parse(DUE_ON.get(execution))).isPresent();
        if (stillDue) {
            LAST_REMINDER_AT.set(execution, NEXT_REMINDER_AT.get(execution));
        }
    }
}
