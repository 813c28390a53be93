package cn.gongkai.guide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code disclosure_guide_edition}: the guide's editions, newest last. */
@Repository
class GuideEditions {

    record Edition(String fingerprint, LocalDate effectiveOn) {
    }

    private final JdbcClient jdbc;

    GuideEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Edition> latest() {
        return all().stream().reduce((a, b) -> b);
    }

    List<Edition> all() {
        return jdbc.sql("SELECT fingerprint, effective_on FROM disclosure_guide_edition ORDER BY id")
                .query((rs, n) -> new Edition(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    void insert(String fingerprint, LocalDate effectiveOn, Instant at) {
        jdbc.sql("INSERT INTO disclosure_guide_edition (fingerprint, effective_on, recorded_at) VALUES (:f, :d, :t)")
                .param("f", fingerprint).param("d", effectiveOn).param("t", at.atOffset(ZoneOffset.UTC)).update();
    }
}
