package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Outgoing mail reuses its SMTP connections, and never carries a mail over one that is gone. */
class SmtpConnectionsTest {

    private static final int PORT = 3931; // 3925–3927 are taken by other tests' contexts

    private GreenMail server;
    private SmtpConnections smtp;

    @BeforeEach
    void startServer() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.destroy();
        }
        server.stop();
    }

    @Test
    void severalMailsTravelOverOneConnection() throws Exception {
        smtp = connections(true, 20, Duration.ofSeconds(5));

        for (int i = 1; i <= 5; i++) {
            smtp.send(mail("staff" + i + "@gongkai.example", "提醒 " + i));
        }

        assertThat(smtp.opened()).as("connections opened").isEqualTo(1);
        assertThat(Arrays.stream(server.getReceivedMessages()).map(SmtpConnectionsTest::subject))
                .containsExactly("提醒 1", "提醒 2", "提醒 3", "提醒 4", "提醒 5");
        assertThat(server.getReceivedMessages()[2].getAllRecipients()).extracting(Object::toString)
                .containsExactly("staff3@gongkai.example");
    }

    @Test
    void aConnectionCarriesNoMoreThanTheConfiguredNumberOfMails() throws Exception {
        smtp = connections(true, 2, Duration.ofSeconds(5));

        for (int i = 1; i <= 5; i++) {
            smtp.send(mail("staff@gongkai.example", "提醒 " + i));
        }

        assertThat(smtp.opened()).isEqualTo(3);
        assertThat(server.getReceivedMessages()).hasSize(5);
    }

    @Test
    void anIdleConnectionTheServerClosedIsReplacedBeforeItCarriesAMail() throws Exception {
        smtp = connections(true, 20, Duration.ZERO); // every reused connection is asked (NOOP)
        smtp.send(mail("staff@gongkai.example", "第一封"));
        restartServer(); // the server drops every open connection

        smtp.send(mail("staff@gongkai.example", "第二封"));

        assertThat(smtp.opened()).isEqualTo(2);
        assertThat(server.getReceivedMessages()).extracting(SmtpConnectionsTest::subject).containsExactly("第二封");
    }

    @Test
    void aConnectionOnWhichAMailFailedIsDroppedAndTheRetryGoesOverANewOne() throws Exception {
        smtp = connections(true, 20, Duration.ofHours(1)); // reused without asking
        smtp.send(mail("staff@gongkai.example", "第一封"));
        restartServer();

        MimeMessage lost = mail("staff@gongkai.example", "第二封");
        assertThatThrownBy(() -> smtp.send(lost)).isInstanceOfSatisfying(MailSendException.class,
                e -> assertThat(e.getFailedMessages()).containsOnlyKeys(lost));
        smtp.send(mail("staff@gongkai.example", "第二封"));

        assertThat(smtp.opened()).isEqualTo(2);
        assertThat(server.getReceivedMessages()).extracting(SmtpConnectionsTest::subject).containsExactly("第二封");
    }

    @Test
    void anUnreachableServerIsAMailSendExceptionNamingIt() throws Exception {
        smtp = connections(true, 20, Duration.ofSeconds(5));
        server.stop();

        assertThatThrownBy(() -> smtp.send(mail("staff@gongkai.example", "提醒"))).isInstanceOf(MailSendException.class)
                .hasMessageContaining("127.0.0.1:" + PORT);
    }

    @Test
    void withoutReuseEachMailOpensAConnectionOfItsOwnAsSpringMailDoes() throws Exception {
        smtp = connections(false, 20, Duration.ofSeconds(5));

        smtp.send(mail("staff@gongkai.example", "提醒"));

        assertThat(smtp.opened()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void withoutAnSmtpServerConfiguredNothingIsSentAndTheErrorSaysWhatToSet() {
        smtp = new SmtpConnections(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new SmtpConnectionProperties(true, 20, Duration.ofSeconds(5), Duration.ofSeconds(60), 10));

        assertThatThrownBy(smtp::createMimeMessage).isInstanceOf(MailSendException.class)
                .hasMessageContaining("spring.mail.host");
    }

    private void restartServer() {
        server.stop();
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static SmtpConnections connections(boolean reuse, int maxMessages, Duration checkAfterIdle) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(PORT);
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return new SmtpConnections(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class),
                new SmtpConnectionProperties(reuse, maxMessages, checkAfterIdle, Duration.ofSeconds(60), 10));
    }

    private MimeMessage mail(String to, String subject) throws Exception {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom("gongkai-noreply@gongkai.example", "政府信息公开办公室");
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText("请及时办理。");
        return message;
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
