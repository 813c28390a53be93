package cn.gongkai.escalation;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the mail log: who was told what about which clock, and when. */
public record ReminderMail(long id, String matter, WatchedClock clock, int rungOffset, LocalDate occurrenceOn,
        LocalDate dueOn, String recipient, String recipientName, String email, String subject, Status status,
        Instant recordedAt, Instant sentAt) {

    public enum Status {
        /** Handed to the SMTP server (recorded in the same transaction, so a failed send leaves no row). */
        SENT("已发送"),
        /** The person has no e-mail address in the identity service. */
        NO_ADDRESS("未发送：无邮箱地址");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** When it went out (or, without an address, when it would have). */
    public Instant at() {
        return sentAt != null ? sentAt : recordedAt;
    }

    /** The rung as staff read it: "还剩 5 个工作日", "今日到期", "已超期". */
    public String rungLabel() {
        return new Rung(rungOffset, null, false).label();
    }
}
