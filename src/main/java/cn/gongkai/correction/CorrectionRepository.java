package cn.gongkai.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code record_correction}. */
@Repository
class CorrectionRepository {

    private static final String COLUMNS = "id, tracking_code, process_instance_id, applicant_name, contact_phone, contact_email, "
            + "contact_address, channel, received_on, due_on, record, requested_correction, evidence, route, division, "
            + "competent_agency, outcome, findings, replied_on, served_on, registered_by, registered_at";

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String code, String processInstanceId, CorrectionRequest r, LocalDate dueOn, String registeredBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO record_correction (tracking_code, process_instance_id, applicant_name, contact_phone, contact_email,
                    contact_address, channel, received_on, due_on, record, requested_correction, evidence, registered_by, registered_at)
                VALUES (:code, :pi, :name, :phone, :email, :address, :channel, :received, :due, :record, :correction, :evidence,
                    :by, :at)
                """)
                .param("code", code).param("pi", processInstanceId).param("name", r.applicantName())
                .param("phone", r.contactPhone()).param("email", r.contactEmail()).param("address", r.contactAddress())
                .param("channel", r.channel()).param("received", r.receivedOn()).param("due", dueOn).param("record", r.record())
                .param("correction", r.requestedCorrection()).param("evidence", r.evidence()).param("by", registeredBy)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setRoute(long id, CorrectionRoute route, String division, String competentAgency) {
        jdbc.sql("UPDATE record_correction SET route = :r, division = :d, competent_agency = :a WHERE id = :id")
                .param("r", route.name()).param("d", division).param("a", competentAgency).param("id", id).update();
    }

    void setFindings(long id, CorrectionOutcome outcome, String findings) {
        jdbc.sql("UPDATE record_correction SET outcome = :o, findings = :f WHERE id = :id")
                .param("o", outcome.name()).param("f", findings).param("id", id).update();
    }

    void setReply(long id, LocalDate repliedOn, byte[] docx) {
        jdbc.sql("UPDATE record_correction SET replied_on = :d, reply_docx = :c WHERE id = :id")
                .param("d", repliedOn).param("c", docx).param("id", id).update();
    }

    void setServed(long id, LocalDate servedOn, String method) {
        jdbc.sql("UPDATE record_correction SET served_on = :d, service_method = :m WHERE id = :id")
                .param("d", servedOn).param("m", method).param("id", id).update();
    }

    /** The requests not yet answered, oldest first. */
    List<Correction> unanswered() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM record_correction WHERE replied_on IS NULL ORDER BY id")
                .query(CorrectionRepository::map).list();
    }

    void setDueOn(long id, LocalDate dueOn) {
        jdbc.sql("UPDATE record_correction SET due_on = :d WHERE id = :id").param("d", dueOn).param("id", id).update();
    }

    Correction get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM record_correction WHERE id = :id").param("id", id)
                .query(CorrectionRepository::map).single();
    }

    Optional<Correction> findByTrackingCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM record_correction WHERE tracking_code = :c").param("c", code)
                .query(CorrectionRepository::map).optional();
    }

    Optional<byte[]> reply(String code) {
        return jdbc.sql("SELECT reply_docx FROM record_correction WHERE tracking_code = :c AND reply_docx IS NOT NULL")
                .param("c", code).query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Correction map(ResultSet rs, int row) throws SQLException {
        String route = rs.getString("route");
        String outcome = rs.getString("outcome");
        return new Correction(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("process_instance_id"),
                rs.getString("applicant_name"), rs.getString("contact_phone"), rs.getString("contact_email"),
                rs.getString("contact_address"), rs.getString("channel"), rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getString("record"), rs.getString("requested_correction"),
                rs.getString("evidence"), route == null ? null : CorrectionRoute.valueOf(route), rs.getString("division"),
                rs.getString("competent_agency"), outcome == null ? null : CorrectionOutcome.valueOf(outcome),
                rs.getString("findings"), rs.getObject("replied_on", LocalDate.class), rs.getObject("served_on", LocalDate.class),
                rs.getString("registered_by"), rs.getObject("registered_at", OffsetDateTime.class).toInstant());
    }
}
