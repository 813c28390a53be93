package cn.gongkai.guide;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        return jdbc.sql("SELECT fingerprint, effective_on FROM disclosure_guide_edition ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(GuideEditions::edition).optional();
    }

    List<Edition> all() {
        return jdbc.sql("SELECT fingerprint, effective_on FROM disclosure_guide_edition ORDER BY id")
                .query(GuideEditions::edition).list();
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getString(1), rs.getObject(2, LocalDate.class));
    }

    void insert(String fingerprint, LocalDate effectiveOn, Instant at) {
        jdbc.sql("INSERT INTO disclosure_guide_edition (fingerprint, effective_on, recorded_at) VALUES (:f, :d, :t)")
                .param("f", fingerprint).param("d", effectiveOn).param("t", at.atOffset(ZoneOffset.UTC)).update();
    }
}
