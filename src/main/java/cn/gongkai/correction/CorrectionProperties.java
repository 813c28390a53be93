package cn.gongkai.correction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests to correct records (Art. 41).
 *
 * @param replyWorkingDays the working days after receipt by which the applicant is answered: Art. 41
 *        sets no period (UNCONFIRMED); the default follows the reply period of Art. 33
 */
@ConfigurationProperties("gongkai.corrections")
public record CorrectionProperties(@DefaultValue("20") int replyWorkingDays) {
}
