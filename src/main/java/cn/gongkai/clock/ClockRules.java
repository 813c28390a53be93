package cn.gongkai.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The statutory periods of on-request disclosure, in working days (2019 Regs Arts. 30–33;
 * 国办函〔2020〕109号), and the settings the law leaves open.
 *
 * @param replyWorkingDays Art. 33: reply within 20 working days of receipt
 * @param maxExtensionWorkingDays Art. 33: at most 20 more, once, with the disclosure-office head's consent
 * @param supplementNoticeWorkingDays Art. 30: the one-time 补正 notice within 7 working days of receipt
 * @param supplementPeriodWorkingDays the applicant's period to supplement that the notice gives by
 *        default; the Regulations say only "a reasonable period" (UNCONFIRMED: configurable)
 * @param consultationWorkingDays Arts. 32, 34: a third party or co-producing agency has 15 working days
 * @param consultationReminderWorkingDays how many working days before the consultation's end to remind
 * @param feePaymentWorkingDays 109号: pay within 20 working days from the day after receiving the notice
 * @param maxDelayWorkingDays Art. 35: for an excessive volume or frequency with reasonable reasons the
 *        agency sets "a reasonable delayed reply period"; the law sets no length (UNCONFIRMED:
 *        configurable, at most this many working days after the current deadline)
 * @param feePausesClock whether the reply period stops while a fee is outstanding (from the day the
 *        notice is received to the day of payment); default yes, so that the 20 working days to pay
 *        never end after the reply deadline (see README, "Statutory points")
 */
@ConfigurationProperties("gongkai.requests.clock")
public record ClockRules(
        @DefaultValue("20") int replyWorkingDays,
        @DefaultValue("20") int maxExtensionWorkingDays,
        @DefaultValue("7") int supplementNoticeWorkingDays,
        @DefaultValue("15") int supplementPeriodWorkingDays,
        @DefaultValue("15") int consultationWorkingDays,
        @DefaultValue("5") int consultationReminderWorkingDays,
        @DefaultValue("20") int feePaymentWorkingDays,
        @DefaultValue("true") boolean feePausesClock,
        @DefaultValue("60") int maxDelayWorkingDays) {

    public static ClockRules statutory() {
        return new ClockRules(20, 20, 7, 15, 15, 5, 20, true, 60);
    }
}
