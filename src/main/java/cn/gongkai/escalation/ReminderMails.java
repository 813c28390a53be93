package cn.gongkai.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail log ({@code reminder_mail}). Every write commits on its own (REQUIRES_NEW): a mail that
 * went out stays logged when a later recipient's mail fails and the job is retried.
 */
@Repository
public class ReminderMails {

    private static final String COLUMNS = "id, matter, clock, rung_offset, occurrence_on, due_on, recipient, "
            + "recipient_name, email, subject, status, claimed_at, sent_at";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ReminderMails(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Claims the mail of one rung, day and due date for one person; empty when it was claimed
     * before (sent already, or being sent on another node).
     */
    OptionalLong claim(Matter matter, WatchedClock clock, Occurrence occurrence, Recipient recipient, String subject,
            ReminderMail.Status status, Instant now) {
        try {
            return OptionalLong.of(ownTransaction.execute(tx -> {
                KeyHolder key = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO reminder_mail (watch_key, matter, clock, rung_offset, occurrence_on, due_on, "
                                + "recipient, recipient_name, email, subject, status, claimed_at) VALUES (:watchKey, "
                                + ":matter, :clock, :offset, :on, :due, :recipient, :name, :email, :subject, :status, :now)")
                        .param("watchKey", matter.watchKey(clock))
                        .param("matter", matter.key())
                        .param("clock", clock.name())
                        .param("offset", occurrence.rung().offset())
                        .param("on", occurrence.on())
                        .param("due", occurrence.dueOn())
                        .param("recipient", recipient.userId())
                        .param("name", recipient.name())
                        .param("email", recipient.email())
                        .param("subject", subject)
                        .param("status", status.name())
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update(key, "id");
                return key.getKeyAs(Number.class).longValue();
            }));
        } catch (DuplicateKeyException e) {
            return OptionalLong.empty();
        }
    }

    void markSent(long id, Instant at) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("UPDATE reminder_mail SET status = 'SENT', sent_at = :at WHERE id = :id")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", id).update());
    }

    /** The SMTP server refused: forget the claim so that the retry sends it. */
    void release(long id) {
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("DELETE FROM reminder_mail WHERE id = :id").param("id", id).update());
    }

    /** The matter's mails, oldest first. */
    public List<ReminderMail> forMatter(Matter matter) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reminder_mail WHERE matter = :m ORDER BY claimed_at, id")
                .param("m", matter.key()).query(ReminderMails::map).list();
    }

    /** The latest mails, newest first; only those to {@code recipient} unless it is null. */
    public List<ReminderMail> latest(String recipient, int limit) {
        String where = recipient == null ? "" : " WHERE recipient = :r";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM reminder_mail" + where + " ORDER BY claimed_at DESC, id DESC "
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
                ReminderMail.Status.valueOf(rs.getString("status")), instant(rs.getObject("claimed_at", OffsetDateTime.class)),
                instant(rs.getObject("sent_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
