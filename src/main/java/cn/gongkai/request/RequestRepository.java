package cn.gongkai.request;

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
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code disclosure_request} table. */
@Repository
public class RequestRepository {

    private static final String COLUMNS = """
            id, tracking_code, process_instance_id, channel, applicant_type, applicant_name, id_type, id_number,
            contact_phone, contact_email, contact_address, description, document_number, delivery_form,
            delivery_method, items, status, division, outcome, legal_basis, submitted_at, received_on, reply_due_on,
            replied_on, served_on, registered_by""";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String trackingCode, Application a, RequestStatus status, Instant submittedAt, String registeredBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, id_type,
                    id_number, contact_phone, contact_email, contact_address, description, document_number,
                    delivery_form, delivery_method, status, submitted_at, registered_by)
                VALUES (:code, :channel, :type, :name, :idType, :idNumber, :phone, :email, :address, :description,
                    :documentNumber, :deliveryForm, :deliveryMethod, :status, :submittedAt, :registeredBy)
                """)
                .param("code", trackingCode)
                .param("channel", a.channel().name())
                .param("type", a.applicantType().name())
                .param("name", a.applicantName())
                .param("idType", name(a.idType()))
                .param("idNumber", a.idNumber())
                .param("phone", a.contactPhone())
                .param("email", a.contactEmail())
                .param("address", a.contactAddress())
                .param("description", a.description())
                .param("documentNumber", a.documentNumber())
                .param("deliveryForm", name(a.deliveryForm()))
                .param("deliveryMethod", name(a.deliveryMethod()))
                .param("status", status.name())
                .param("submittedAt", OffsetDateTime.ofInstant(submittedAt, ZoneOffset.UTC))
                .param("registeredBy", registeredBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<DisclosureRequest> findByTrackingCode(String trackingCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE tracking_code = :c")
                .param("c", trackingCode).query(RequestRepository::map).optional();
    }

    public DisclosureRequest get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE id = :id")
                .param("id", id).query(RequestRepository::map).single();
    }

    /** Applications whose reply period may still be running: received, not yet served. */
    public List<DisclosureRequest> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_request WHERE status NOT IN ('CLOSED', 'NOT_ACCEPTED')"
                        + " AND process_instance_id IS NOT NULL ORDER BY id")
                .query(RequestRepository::map).list();
    }

    /**
     * Items this applicant asked for earlier in the calendar month of {@code day} (109号 counts per
     * applicant per month): applications with the same identity number, else the same name and contact.
     */
    int itemsEarlierInMonth(DisclosureRequest r, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        String sql = "SELECT COALESCE(SUM(items), 0) FROM disclosure_request WHERE id <> :id AND received_on >= :first"
                + " AND received_on <= :day AND ";
        JdbcClient.StatementSpec spec;
        if (r.idNumber() != null) {
            spec = jdbc.sql(sql + "id_number = :idNumber").param("idNumber", r.idNumber());
        } else {
            spec = jdbc.sql(sql + "id_number IS NULL AND applicant_name = :name AND (contact_phone = :phone OR contact_email = :email)")
                    .param("name", r.applicantName()).param("phone", r.contactPhone()).param("email", r.contactEmail());
        }
        return spec.param("id", r.id()).param("first", first).param("day", day).query(Integer.class).single();
    }

    void setProcessInstance(long id, String processInstanceId) {
        update(id, "process_instance_id = :v", processInstanceId);
    }

    void setStatus(long id, RequestStatus status) {
        update(id, "status = :v", status.name());
    }

    void setReceivedOn(long id, LocalDate receivedOn) {
        update(id, "received_on = :v", receivedOn);
    }

    void setDivision(long id, String division) {
        update(id, "division = :v", division);
    }

    void setItems(long id, int items) {
        update(id, "items = :v", items);
    }

    void setReplyDueOn(long id, LocalDate dueOn) {
        update(id, "reply_due_on = :v", dueOn);
    }

    void setOutcome(long id, Outcome outcome, String legalBasis) {
        jdbc.sql("UPDATE disclosure_request SET outcome = :o, legal_basis = :b WHERE id = :id")
                .param("o", outcome.name()).param("b", legalBasis).param("id", id).update();
    }

    void setReplied(long id, LocalDate repliedOn) {
        update(id, "replied_on = :v", repliedOn);
    }

    void setServed(long id, LocalDate servedOn) {
        update(id, "served_on = :v", servedOn);
    }

    void setFee(long id, Integer yuan) {
        update(id, "fee_yuan = :v", yuan);
    }

    void setFeePaid(long id, LocalDate paidOn) {
        update(id, "fee_paid_on = :v", paidOn);
    }

    /** Information-processing fees paid in the year, in yuan. */
    public long feesPaidYuan(int year) {
        return jdbc.sql("SELECT COALESCE(SUM(fee_yuan), 0) FROM disclosure_request WHERE fee_paid_on BETWEEN :first AND :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(Long.class).single();
    }

    private void update(long id, String assignment, Object value) {
        jdbc.sql("UPDATE disclosure_request SET " + assignment + " WHERE id = :id").param("v", value).param("id", id).update();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static DisclosureRequest map(ResultSet rs, int row) throws SQLException {
        return new DisclosureRequest(
                rs.getLong("id"),
                rs.getString("tracking_code"),
                rs.getString("process_instance_id"),
                parse(Channel.class, rs.getString("channel")),
                parse(ApplicantType.class, rs.getString("applicant_type")),
                rs.getString("applicant_name"),
                parse(IdType.class, rs.getString("id_type")),
                rs.getString("id_number"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getString("contact_address"),
                rs.getString("description"),
                rs.getString("document_number"),
                parse(DeliveryForm.class, rs.getString("delivery_form")),
                parse(DeliveryMethod.class, rs.getString("delivery_method")),
                rs.getInt("items"),
                parse(RequestStatus.class, rs.getString("status")),
                rs.getString("division"),
                parse(Outcome.class, rs.getString("outcome")),
                rs.getString("legal_basis"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("reply_due_on", LocalDate.class),
                rs.getObject("replied_on", LocalDate.class),
                rs.getObject("served_on", LocalDate.class),
                rs.getString("registered_by"));
    }
}
