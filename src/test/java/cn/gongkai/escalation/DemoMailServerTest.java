package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The embedded default's SMTP server receives over real SMTP and shows the mail decoded. */
class DemoMailServerTest {

    @Test
    void receivesAChineseMailOverSmtp() throws Exception {
        MailProperties properties = new MailProperties();
        properties.setPort(3926);
        DemoMailServer server = new DemoMailServer(properties);
        server.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(3926);
            var message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom("gongkai-noreply@gongkai.example", "政府信息公开办公室");
            helper.setTo("supervisor@gongkai.example");
            helper.setSubject("【已超期】答复期限已超期 1 个工作日");
            helper.setText("请督促立即办理。");
            sender.send(message);

            assertThat(server.received()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("supervisor@gongkai.example");
                assertThat(mail.from()).isEqualTo("政府信息公开办公室 <gongkai-noreply@gongkai.example>");
                assertThat(mail.subject()).isEqualTo("【已超期】答复期限已超期 1 个工作日");
                assertThat(mail.body()).isEqualTo("请督促立即办理。");
            });
        } finally {
            server.stop();
        }
        assertThat(server.isRunning()).isFalse();
    }
}
