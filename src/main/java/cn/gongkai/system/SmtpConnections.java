package cn.gongkai.system;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Map;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Outgoing mail, over SMTP connections that carry several mails each (Apache Commons Pool). Spring
 * Mail opens a connection per mail — TCP, the server's greeting, EHLO, STARTTLS and AUTH, then QUIT —
 * which, when thousands of reminders fall due at 09:00, costs more than the mails themselves
 * (docs/operations.md, "Reminders falling due together"). A connection carries at most
 * {@code gongkai.smtp.max-messages} mails, is asked with NOOP whether it is still open before it is
 * reused (or, if so configured, only after being idle for a while), is closed when idle for long, and is dropped as soon as a mail on it fails:
 * the failure is thrown as Spring Mail throws it ({@link MailSendException} with the failed message),
 * and the caller's retry gets a fresh connection.
 */
@Component
public class SmtpConnections implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final SmtpConnectionProperties properties;
    private volatile GenericObjectPool<Connection> pool;

    SmtpConnections(ObjectProvider<JavaMailSender> sender, SmtpConnectionProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** An empty message of the configured mail session. */
    public MimeMessage createMimeMessage() {
        return mailSender().createMimeMessage();
    }

    /**
     * Sends the message to its recipients over an open connection, or a new one.
     *
     * @throws MailSendException when the server refuses the message or cannot be reached
     */
    public void send(MimeMessage message) {
        JavaMailSender mailSender = mailSender();
        if (!properties.reuse() || !(mailSender instanceof JavaMailSenderImpl configured)) {
            mailSender.send(message);
            return;
        }
        GenericObjectPool<Connection> connections = pool(configured);
        Connection connection;
        try {
            connection = connections.borrowObject();
        } catch (Exception e) {
            // Spring Mail's wording, which operators know from incidents
            throw new MailSendException("Mail server connection failed: " + configured.getHost() + ":"
                    + configured.getPort() + ": " + e.getMessage(), e);
        }
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String messageId = message.getMessageID();
            message.saveChanges();
            if (messageId != null) {
                message.setHeader("Message-ID", messageId);
            }
            Address[] to = message.getAllRecipients();
            connection.transport.sendMessage(message, to == null ? new Address[0] : to);
            connection.sent++;
        } catch (MessagingException | RuntimeException e) {
            invalidate(connections, connection);
            throw new MailSendException(Map.of(message, e instanceof MessagingException m ? m : new MessagingException(
                    e.getMessage(), e)));
        }
        if (connection.sent >= properties.maxMessages()) {
            invalidate(connections, connection);
        } else {
            connections.returnObject(connection);
        }
    }

    /** Connections opened so far (for tests and the benchmark). */
    public long opened() {
        GenericObjectPool<Connection> p = pool;
        return p == null ? 0 : p.getCreatedCount();
    }

    private JavaMailSender mailSender() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new MailSendException("No SMTP server is configured: set spring.mail.host (and port, username, "
                    + "password) or enable gongkai.demo.mail-server");
        }
        return mailSender;
    }

    private GenericObjectPool<Connection> pool(JavaMailSenderImpl configured) {
        GenericObjectPool<Connection> p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    pool = p = new GenericObjectPool<>(new Factory(configured, properties), config(properties));
                }
            }
        }
        return p;
    }

    private static GenericObjectPoolConfig<Connection> config(SmtpConnectionProperties properties) {
        GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(-1); // the threads that send bound it
        config.setMaxIdle(properties.maxIdle());
        config.setMinIdle(0);
        config.setLifo(true); // the connection used last is the one most likely still open
        config.setTestOnBorrow(true); // Factory.validateObject: NOOP for a reused one (gongkai.smtp.check-after-idle)
        config.setMinEvictableIdleDuration(properties.closeAfterIdle());
        config.setTimeBetweenEvictionRuns(properties.closeAfterIdle().dividedBy(2));
        config.setNumTestsPerEvictionRun(-1); // all idle ones
        config.setJmxEnabled(false);
        return config;
    }

    private static void invalidate(GenericObjectPool<Connection> connections, Connection connection) {
        try {
            connections.invalidateObject(connection);
        } catch (Exception e) {
            log.debug("MAIL-005 closing an SMTP connection failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        GenericObjectPool<Connection> p = pool;
        if (p != null) {
            p.close();
        }
    }

    /** An open SMTP connection and the mails it carried. */
    private static final class Connection {

        final Transport transport;
        int sent;

        Connection(Transport transport) {
            this.transport = transport;
        }
    }

    /** Opens connections as Spring Mail does, asks idle ones whether they are open, closes them. */
    private static final class Factory extends BasePooledObjectFactory<Connection> {

        private final JavaMailSenderImpl configured;
        private final SmtpConnectionProperties properties;

        Factory(JavaMailSenderImpl configured, SmtpConnectionProperties properties) {
            this.configured = configured;
            this.properties = properties;
        }

        @Override
        public Connection create() throws MessagingException {
            String username = configured.getUsername();
            String password = configured.getPassword();
            if ("".equals(username)) { // as JavaMailSenderImpl: no user, no authentication
                username = null;
                password = "".equals(password) ? null : password;
            }
            String protocol = configured.getProtocol() != null ? configured.getProtocol()
                    : configured.getSession().getProperty("mail.transport.protocol");
            Transport transport = configured.getSession().getTransport(protocol == null ? "smtp" : protocol);
            transport.connect(configured.getHost(), configured.getPort(), username, password);
            log.debug("MAIL-004 SMTP connection to {}:{} opened", configured.getHost(), configured.getPort());
            return new Connection(transport);
        }

        @Override
        public PooledObject<Connection> wrap(Connection connection) {
            return new DefaultPooledObject<>(connection);
        }

        @Override
        public boolean validateObject(PooledObject<Connection> p) {
            if (p.getBorrowedCount() <= 1 || p.getIdleDuration().compareTo(properties.checkAfterIdle()) < 0) {
                return true; // just opened, or reused within the configured time
            }
            return p.getObject().transport.isConnected(); // SMTP NOOP
        }

        @Override
        public void destroyObject(PooledObject<Connection> p) {
            try {
                p.getObject().transport.close();
            } catch (MessagingException e) {
                log.debug("MAIL-005 closing an SMTP connection failed: {}", e.getMessage());
            }
        }
    }
}
