package cn.gongkai.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;

/**
 * Names Jakarta Mail's stream provider (Angus Mail's) in the system property its FactoryFinder reads
 * first. Without it, every encoded header (a Chinese subject, a sender's name) and every message
 * written looks the provider up again through the ServiceLoader, which scans the class path's jars:
 * a fifth of a node's CPU when 10,000 reminders fall due at once (jakartaee/mail-api#861;
 * docs/operations.md, "Reminders falling due together"). An operator's own setting is left alone.
 */
@Configuration(proxyBeanMethods = false)
public class MailStreamProviderSetting {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private static final Logger log = LoggerFactory.getLogger(MailStreamProviderSetting.class);

    MailStreamProviderSetting() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS);
            log.debug("MAIL-003 {}={}", PROPERTY, ANGUS);
        }
    }
}
