package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.DUE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;
import static cn.gongkai.escalation.DeadlineRemindersProcess.OCCURRENCE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RECIPIENT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RUNG_OFFSET;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "发送提醒邮件", one asynchronous, retried job per person: sends them the rung's mail. When the
 * SMTP server stays unreachable the retries run out and Cockpit shows an incident to retry.
 * Only watches started under deadline-reminders 1.0 call it; 1.1 sends in {@link SendRemindersDelegate}.
 */
@Component("sendReminderDelegate")
class SendReminderDelegate implements JavaDelegate {

    private final ReminderService reminders;

    SendReminderDelegate(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.sendTo(Matter.parse(MATTER.get(execution)), WatchedClock.valueOf(CLOCK.get(execution)),
                RUNG_OFFSET.get(execution), LocalDate.parse(OCCURRENCE_ON.get(execution)),
                LocalDate.parse(DUE_ON.get(execution)), RECIPIENT.get(execution));
    }
}
