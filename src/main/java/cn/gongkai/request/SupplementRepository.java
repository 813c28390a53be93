package cn.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supplements (补正材料) received for applications. */
@Repository
class SupplementRepository {

    private final JdbcClient jdbc;

    SupplementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long requestId, LocalDate receivedOn, String content, String source, String recordedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO request_supplement (request_id, received_on, content, source, recorded_by, recorded_at)
                VALUES (:r, :on, :content, :source, :by, :at)
                """)
                .param("r", requestId).param("on", receivedOn).param("content", content).param("source", source)
                .param("by", recordedBy).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
