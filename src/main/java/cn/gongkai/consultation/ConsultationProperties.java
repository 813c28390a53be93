package cn.gongkai.consultation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param answerWorkingDays how many working days after receipt a consultation is to be answered. No
 *        statute fixes it (UNCONFIRMED); agencies commonly promise 10 working days.
 */
@ConfigurationProperties("gongkai.consultations")
public record ConsultationProperties(@DefaultValue("10") int answerWorkingDays) {
}
