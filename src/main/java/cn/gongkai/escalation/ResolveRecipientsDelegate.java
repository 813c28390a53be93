package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.DUE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.LAST_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;
import static cn.gongkai.escalation.DeadlineRemindersProcess.NEXT_REMINDER_AT;
import static cn.gongkai.escalation.DeadlineRemindersProcess.OCCURRENCE_ON;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RECIPIENTS;
import static cn.gongkai.escalation.DeadlineRemindersProcess.RUNG_OFFSET;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "确定收件人": the rung's time has come; names the people it tells (one send job each follows)
 * and marks the rung handled. If the clock moved meanwhile nobody is named and the watch plans again.
 * Only watches started under deadline-reminders 1.0 call it; 1.1 sends in {@link SendRemindersDelegate}.
 */
@Component("resolveRecipientsDelegate")
class ResolveRecipientsDelegate implements JavaDelegate {

    private final ReminderService reminders;

    ResolveRecipientsDelegate(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<List<String>> people = reminders.recipients(Matter.parse(MATTER.get(execution)),
                WatchedClock.valueOf(CLOCK.get(execution)), RUNG_OFFSET.get(execution),
                LocalDate.parse(OCCURRENCE_ON.get(execution)), LocalDate.parse(DUE_ON.get(execution)));
        RECIPIENTS.set(execution, String.join(",", people.orElse(List.of())));
        if (people.isPresent()) {
            LAST_REMINDER_AT.set(execution, NEXT_REMINDER_AT.get(execution));
        }
    }
}
