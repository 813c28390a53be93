package cn.gongkai.consultation;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.system.ChineseDates;
import cn.gongkai.system.SmtpConnections;
import cn.gongkai.system.TextTemplates;
import cn.gongkai.system.Contacts;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a consultation's answer to the asker's e-mail address, from the templates
 * {@code mail/consultation-answer-subject.txt} and {@code -body.txt}; nothing when they gave none.
 * An address that can never be delivered to (not one the mailer accepts, or refused by the mail
 * server as invalid) is {@link Undeliverable}; any other failure (the server unreachable) is thrown
 * as it is, to be retried.
 */
@Component
class AnswerMailer {

    private final TextTemplates templates = new TextTemplates("mail");
    private final SmtpConnections smtp;
    private final EscalationProperties mail;

    AnswerMailer(SmtpConnections smtp, EscalationProperties mail) {
        this.smtp = smtp;
        this.mail = mail;
    }

    /** The answer can never reach this address. */
    static final class Undeliverable extends Exception {

        Undeliverable(String message) {
            super(message);
        }
    }

    void send(Consultation c) throws Undeliverable {
        if (c.contactEmail() == null) {
            return;
        }
        if (!Contacts.isEmail(c.contactEmail())) {
            throw new Undeliverable("电子邮箱地址「" + c.contactEmail() + "」无法投递（格式不符合邮件地址规则）");
        }
        Map<String, Object> v = new HashMap<>();
        v.put("name", c.askerName());
        v.put("code", c.trackingCode());
        v.put("subject", c.subject());
        v.put("question", c.question());
        v.put("answer", c.answer());
        v.put("receivedOn", ChineseDates.format(c.receivedOn()));
        v.put("trackUrl", mail.baseUrl() + "/consult/" + c.trackingCode());
        v.put("sender", mail.fromName());
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from(), mail.fromName());
            helper.setTo(new InternetAddress(c.contactEmail(), true));
            helper.setSubject(templates.render("consultation-answer-subject", v).strip());
            helper.setText(templates.render("consultation-answer-body", v).strip() + "\n", false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot prepare the answer to " + c.trackingCode(), e);
        }
        try {
            smtp.send(message);
        } catch (MailSendException e) {
            if (refusedAddress(e)) {
                throw new Undeliverable("邮件服务器拒收电子邮箱地址「" + c.contactEmail() + "」");
            }
            throw e;
        }
    }

    /** Whether the server refused the recipient itself (SMTP 5xx on RCPT TO), which no retry changes. */
    private static boolean refusedAddress(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SendFailedException sent && sent.getInvalidAddresses() != null
                        && sent.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
