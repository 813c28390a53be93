package cn.gongkai.escalation;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.system.ChineseDates;
import cn.gongkai.system.SmtpConnections;
import cn.gongkai.system.TextTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes a reminder from the templates {@code mail/reminder-subject.txt} and
 * {@code mail/reminder-body.txt} and sends it through Spring Mail ({@code spring.mail.*}) over reused
 * connections ({@link SmtpConnections}).
 */
@Component
class ReminderMailer {

    /** A composed mail. */
    record Composed(String subject, String body) {
    }

    private final TextTemplates templates = new TextTemplates("mail");
    private final SmtpConnections smtp;
    private final EscalationProperties properties;
    private final WorkingDays workingDays;

    ReminderMailer(SmtpConnections smtp, EscalationProperties properties, WorkingDays workingDays) {
        this.smtp = smtp;
        this.properties = properties;
        this.workingDays = workingDays;
    }

    Composed compose(WatchedClock clock, Occurrence occurrence, DeadlineReading reading, Recipient recipient) {
        Map<String, Object> v = new HashMap<>();
        int offset = occurrence.rung().offset();
        v.put("stage", offset < 0 ? "before" : offset == 0 ? "due" : "overdue");
        v.put("remaining", -offset);
        v.put("overdueDays", offset > 0
                ? workingDays.calendar().countWorkingDays(occurrence.dueOn().plusDays(1), occurrence.on()) : 0);
        v.put("name", recipient.name());
        v.put("reference", reading.reference());
        v.put("title", reading.title());
        v.put("clockLabel", clock.label());
        v.put("duty", clock.duty());
        v.put("dueOn", ChineseDates.withWeekday(occurrence.dueOn()));
        v.put("explanation", reading.explanation());
        v.put("reasons", "您是本事项的" + recipient.roles().stream().sorted().map(Role::label)
                .collect(Collectors.joining("、")));
        v.put("taskUrl", recipient.taskId() == null ? null
                : properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + recipient.taskId());
        v.put("fileUrl", reading.link() == null ? null : properties.baseUrl() + reading.link());
        v.put("sender", properties.fromName());
        String subject = templates.render("reminder-subject", v).replaceAll("\\s*\\n\\s*", "").strip();
        String body = templates.render("reminder-body", v).replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        return new Composed(subject, body);
    }

    /** Sends over SMTP; a refused or unreachable server throws, and the job is retried. */
    void send(Recipient recipient, Composed mail) {
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(recipient.email());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot prepare the reminder to " + recipient.userId(), e);
        }
        smtp.send(message);
    }
}
