package cn.gongkai.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code consultation}. */
@Repository
public class ConsultationRepository {

    private static final String COLUMNS = "id, tracking_code, process_instance_id, channel, asker_name, contact_email, "
            + "contact_phone, subject, question, received_on, due_on, status, division, answer, answered_on, answered_by, "
            + "published, submitted_at, registered_by";

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, ConsultationChannel channel, String name, String email, String phone, String subject,
            String question, LocalDate receivedOn, LocalDate dueOn, Instant submittedAt, String registeredBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation (tracking_code, channel, asker_name, contact_email, contact_phone, subject, question, "
                        + "received_on, due_on, status, submitted_at, registered_by) VALUES (:code, :channel, :name, :email, "
                        + ":phone, :subject, :question, :received, :due, 'RECEIVED', :at, :by)")
                .param("code", code).param("channel", channel.name()).param("name", name).param("email", email)
                .param("phone", phone).param("subject", subject).param("question", question).param("received", receivedOn)
                .param("due", dueOn).param("at", submittedAt.atOffset(ZoneOffset.UTC)).param("by", registeredBy)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE consultation SET process_instance_id = :pi WHERE id = :id").param("pi", processInstanceId)
                .param("id", id).update();
    }

    void setDivision(long id, String division) {
        jdbc.sql("UPDATE consultation SET division = :d WHERE id = :id").param("d", division).param("id", id).update();
    }

    void setDraftAnswer(long id, String answer, boolean publish) {
        jdbc.sql("UPDATE consultation SET answer = :a, published = :p WHERE id = :id").param("a", answer)
                .param("p", publish).param("id", id).update();
    }

    void setAnswered(long id, LocalDate on, String by) {
        jdbc.sql("UPDATE consultation SET status = 'ANSWERED', answered_on = :on, answered_by = :by WHERE id = :id")
                .param("on", on).param("by", by).param("id", id).update();
    }

    void setAnswerMailProblem(long id, String problem) {
        jdbc.sql("UPDATE consultation SET answer_mail_problem = :p WHERE id = :id")
                .param("p", problem.length() > 500 ? problem.substring(0, 500) : problem).param("id", id).update();
    }

    void setDeliveredOtherwise(long id, String how) {
        jdbc.sql("UPDATE consultation SET answer_delivered_otherwise = :h WHERE id = :id")
                .param("h", how.length() > 1000 ? how.substring(0, 1000) : how).param("id", id).update();
    }

    /** The consultations not yet answered, oldest first. */
    List<Consultation> unanswered() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE status = 'RECEIVED' ORDER BY id")
                .query(ConsultationRepository::map).list();
    }

    void setDueOn(long id, LocalDate dueOn) {
        jdbc.sql("UPDATE consultation SET due_on = :d WHERE id = :id").param("d", dueOn).param("id", id).update();
    }

    public Consultation get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE id = :id").param("id", id)
                .query(ConsultationRepository::map).single();
    }

    public Optional<Consultation> findByTrackingCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE tracking_code = :c").param("c", code)
                .query(ConsultationRepository::map).optional();
    }

    /** Answered consultations published as questions and answers, newest first. */
    public List<Consultation> published(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE published AND status = 'ANSWERED' "
                        + "ORDER BY answered_on DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query(ConsultationRepository::map).list();
    }

    /** Consultations received in the year, per channel. */
    public Map<ConsultationChannel, Long> countByChannel(int year) {
        Map<ConsultationChannel, Long> counts = new EnumMap<>(ConsultationChannel.class);
        for (ConsultationChannel c : ConsultationChannel.values()) {
            counts.put(c, 0L);
        }
        jdbc.sql("SELECT channel, COUNT(*) FROM consultation WHERE received_on BETWEEN :first AND :last GROUP BY channel")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> counts.put(ConsultationChannel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    private static Consultation map(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("process_instance_id"),
                ConsultationChannel.valueOf(rs.getString("channel")), rs.getString("asker_name"), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getString("subject"), rs.getString("question"),
                rs.getObject("received_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                ConsultationStatus.valueOf(rs.getString("status")), rs.getString("division"), rs.getString("answer"),
                rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"), rs.getBoolean("published"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("registered_by"));
    }
}
