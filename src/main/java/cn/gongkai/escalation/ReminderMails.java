package cn.gongkai.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail log ({@code reminder_mail}). A mail is recorded in the same transaction as the job that
 * sends it, before it is sent: if sending fails the record goes with the rolled-back job and the
 * retry sends it; if the job already ran (or runs twice at once) the unique key stops the second.
 */
@Repository
public class ReminderMails {

    private static final String COLUMNS = "id, matter, clock, rung_offset, occurrence_on, due_on, recipient, "
            + "recipient_name, email, subject, status, recorded_at, sent_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ReminderMails(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records the mail of one rung, day and due date for one person; false when it is recorded
     * already (sent before, or being sent by a concurrent run of the same step). The insert runs in
     * a savepoint, so that losing to a concurrent run does not abort the caller's transaction.
     */
    boolean record(Matter matter, WatchedClock clock, Occurrence occurrence, Recipient recipient, String subject,
            ReminderMail.Status status, Instant now) {
        Map<String, Object> step = step(matter, clock, occurrence, recipient);
        boolean recorded = jdbc.sql("SELECT COUNT(*) FROM reminder_mail WHERE " + STEP).params(step)
                .query(Integer.class).single() > 0;
        if (recorded) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(tx -> jdbc.sql("INSERT INTO reminder_mail (watch_key, matter, clock, "
                            + "rung_offset, occurrence_on, due_on, recipient, recipient_name, email, subject, status, "
                            + "recorded_at, sent_at) VALUES (:watchKey, :matter, :clock, :offset, :on, :due, :recipient, "
                            + ":name, :email, :subject, :status, :now, :sentAt)")
                    .params(step)
                    .param("matter", matter.key())
                    .param("clock", clock.name())
                    .param("name", recipient.name())
                    .param("email", recipient.email())
                    .param("subject", subject)
                    .param("status", status.name())
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("sentAt", status == ReminderMail.Status.SENT ? now.atOffset(ZoneOffset.UTC) : null)
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static final String STEP = "watch_key = :watchKey AND rung_offset = :offset AND occurrence_on = :on "
            + "AND due_on = :due AND recipient = :recipient";

    private static Map<String, Object> step(Matter matter, WatchedClock clock, Occurrence occurrence, Recipient recipient) {
        return Map.of("watchKey", matter.watchKey(clock), "offset", occurrence.rung().offset(), "on", occurrence.on(),
                "due", occurrence.dueOn(), "recipient", recipient.userId());
    }

    /** The matter's mails, oldest first. */
    public List<ReminderMail> forMatter(Matter matter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reminder_mail WHERE matter = :m ORDER BY recorded_at, id")
                .param("m", matter.key()).query(ReminderMails::map).list();
    }

    /** The latest mails, newest first; only those to {@code recipient} unless it is null. */
    public List<ReminderMail> latest(String recipient, int limit) {
        String where = recipient == null ? "" : " WHERE recipient = :r";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM reminder_mail" + where + " ORDER BY recorded_at DESC, id DESC "
                + "FETCH FIRST " + limit + " ROWS ONLY");
        if (recipient != null) {
            spec = spec.param("r", recipient);
        }
        return spec.query(ReminderMails::map).list();
    }

    private static ReminderMail map(ResultSet rs, int row) throws SQLException {
        return new ReminderMail(rs.getLong("id"), rs.getString("matter"), WatchedClock.valueOf(rs.getString("clock")),
                rs.getInt("rung_offset"), rs.getObject("occurrence_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("recipient"),
                rs.getString("recipient_name"), rs.getString("email"), rs.getString("subject"),
                ReminderMail.Status.valueOf(rs.getString("status")), instant(rs.getObject("recorded_at", OffsetDateTime.class)),
                instant(rs.getObject("sent_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
