package cn.gongkai.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clock events of applications, kept in {@code clock_event}; events are only ever added. */
@Repository
public class ClockLedger {

    private final JdbcClient jdbc;

    ClockLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event; {@code note} is for staff only and never shown to the applicant. */
    public void record(long requestId, ClockEvent event, String note) {
        jdbc.sql("""
                INSERT INTO clock_event (request_id, event_type, occurred_on, actor, actor_name, detail, note,
                    working_days, recorded_at)
                VALUES (:request, :type, :on, :actor, :actorName, :detail, :note, :days, :at)
                """)
                .param("request", requestId)
                .param("type", event.type().name())
                .param("on", event.occurredOn())
                .param("actor", event.actor())
                .param("actorName", event.actorName())
                .param("detail", event.detail())
                .param("note", note)
                .param("days", event.workingDays())
                .param("at", OffsetDateTime.ofInstant(event.recordedAt(), ZoneOffset.UTC))
                .update();
    }

    public List<ClockEvent> events(long requestId) {
        return jdbc.sql("""
                SELECT id, event_type, occurred_on, actor, actor_name, detail, working_days, recorded_at
                FROM clock_event WHERE request_id = :request ORDER BY occurred_on, id
                """)
                .param("request", requestId)
                .query(ClockLedger::map)
                .list();
    }

    /** The events of many applications at once (a dashboard, a forecast), by application. */
    public Map<Long, List<ClockEvent>> events(Collection<Long> requestIds) {
        Map<Long, List<ClockEvent>> events = new HashMap<>();
        List<Long> ids = List.copyOf(requestIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("""
                    SELECT request_id, id, event_type, occurred_on, actor, actor_name, detail, working_days, recorded_at
                    FROM clock_event WHERE request_id IN (:requests) ORDER BY occurred_on, id
                    """)
                    .param("requests", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .query((rs, n) -> events.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>()).add(map(rs, n)))
                    .list();
        }
        return events;
    }

    /** The staff note of the latest event of a type, e.g. the party of the open consultation. */
    public String latestNote(long requestId, ClockEventType type) {
        return jdbc.sql("SELECT note FROM clock_event WHERE request_id = :r AND event_type = :t ORDER BY id DESC")
                .param("r", requestId).param("t", type.name())
                .query(String.class).list().stream().findFirst().orElse(null);
    }

    private static ClockEvent map(ResultSet rs, int row) throws SQLException {
        Object days = rs.getObject("working_days");
        return new ClockEvent(rs.getLong("id"), ClockEventType.valueOf(rs.getString("event_type")),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("actor"), rs.getString("actor_name"),
                rs.getString("detail"), days == null ? null : ((Number) days).intValue(),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
