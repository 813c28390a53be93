package cn.gongkai.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How outgoing mail reuses its SMTP connections ({@link SmtpConnections}).
 *
 * @param reuse whether a connection carries more than one mail; false opens one per mail, as Spring
 *        Mail does
 * @param maxMessages the mails one connection carries before it is closed (mail servers limit this,
 *        Exchange to 20 by default on some connectors: stay below the server's limit)
 * @param checkAfterIdle a connection idle for longer is asked whether it is still open (SMTP NOOP)
 *        before it carries a mail; 0 (the default) asks before every reuse, one round trip, so that a
 *        connection the server dropped (a restart, its own idle limit) never fails a mail
 * @param closeAfterIdle a connection idle for longer is closed (servers close idle ones after a few
 *        minutes; RFC 5321 asks them to wait at least five)
 * @param maxIdle the open connections kept while idle
 */
@ConfigurationProperties("gongkai.smtp")
public record SmtpConnectionProperties(
        @DefaultValue("true") boolean reuse,
        @DefaultValue("20") int maxMessages,
        @DefaultValue("0s") Duration checkAfterIdle,
        @DefaultValue("60s") Duration closeAfterIdle,
        @DefaultValue("10") int maxIdle) {
}
