package cn.gongkai.escalation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded default's SMTP server: GreenMail in this JVM on {@code spring.mail.port}, so that a
 * newcomer sees the escalation e-mails (at /staff/mailbox) without installing anything. Enabled
 * by {@code gongkai.demo.mail-server.enabled}; never in production.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.mail-server.enabled", havingValue = "true")
public class DemoMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);

    /** A mail as it arrived. */
    public record ReceivedMail(String to, String from, String subject, Instant sentAt, String body) {
    }

    private final GreenMail greenMail;
    private final int port;

    DemoMailServer(MailProperties mail) {
        this.port = mail.getPort() == null ? 3025 : mail.getPort();
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @Override
    public void start() {
        greenMail.start();
        log.info("MAIL-001 demo SMTP server listening on 127.0.0.1:{}; received mails at /staff/mailbox", port);
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    @Override
    public boolean isRunning() {
        return greenMail.isRunning();
    }

    public int port() {
        return port;
    }

    /** Everything received, newest first. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                mails.add(new ReceivedMail(addresses(message.getAllRecipients()), addresses(message.getFrom()),
                        message.getSubject(), message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant(),
                        String.valueOf(message.getContent())));
            } catch (MessagingException e) {
                log.warn("MAIL-002 unreadable message in the demo mailbox: {}", e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        mails.sort(Comparator.comparing(ReceivedMail::sentAt).reversed());
        return mails;
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses).map(a -> a instanceof InternetAddress ia && ia.getPersonal() != null
                ? ia.getPersonal() + " <" + ia.getAddress() + ">" : a.toString()).collect(Collectors.joining(", "));
    }
}
