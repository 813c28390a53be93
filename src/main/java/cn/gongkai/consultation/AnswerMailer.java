package cn.gongkai.consultation;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.system.ChineseDates;
import cn.gongkai.system.TextTemplates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a consultation's answer to the asker's e-mail address, from the templates
 * {@code mail/consultation-answer-subject.txt} and {@code -body.txt}; nothing when they gave none.
 */
@Component
class AnswerMailer {

    private final TextTemplates templates = new TextTemplates("mail");
    private final ObjectProvider<JavaMailSender> sender;
    private final EscalationProperties mail;

    AnswerMailer(ObjectProvider<JavaMailSender> sender, EscalationProperties mail) {
        this.sender = sender;
        this.mail = mail;
    }

    void send(Consultation c) {
        if (c.contactEmail() == null) {
            return;
        }
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("No SMTP server is configured: set spring.mail.host");
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
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from(), mail.fromName());
            helper.setTo(c.contactEmail());
            helper.setSubject(templates.render("consultation-answer-subject", v).strip());
            helper.setText(templates.render("consultation-answer-body", v).strip() + "\n", false);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot prepare the answer to " + c.trackingCode(), e);
        }
        mailSender.send(message);
    }
}
