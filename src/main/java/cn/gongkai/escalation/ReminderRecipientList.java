package cn.gongkai.escalation;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The collection of the multi-instance "发送提醒邮件":
 * {@code ${reminderRecipientList.of(reminderRecipients)}} turns the comma-separated user ids into a
 * list (a plain string variable needs no object serialization). Only watches started under
 * deadline-reminders 1.0 use it.
 */
@Component("reminderRecipientList")
public class ReminderRecipientList {

    public List<String> of(String recipients) {
        return recipients == null || recipients.isBlank() ? List.of() : List.of(recipients.split(","));
    }
}
