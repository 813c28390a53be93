package cn.gongkai;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's own counters of the work done on the application's tables ({@code pg_stat_user_tables}):
 * table reads (sequential and index scans) and rows written. Unlike times and CPU they do not drift
 * with the machine's speed, so a benchmark can compare two versions by them across runs hours apart.
 * PostgreSQL publishes a backend's counters within {@link #PUBLISHED} of its last transaction when it
 * is idle; take a reading after a quiet spell that long.
 */
public final class DatabaseWork {

    /** PostgreSQL 15's idle flush interval for a backend's pending statistics, with a margin. */
    public static final Duration PUBLISHED = Duration.ofSeconds(12);

    public record Counts(long tableReads, long rowsWritten) {

        public Counts minus(Counts before) {
            return new Counts(tableReads - before.tableReads, rowsWritten - before.rowsWritten);
        }
    }

    private DatabaseWork() {
    }

    public static Counts now(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                SELECT COALESCE(SUM(seq_scan + COALESCE(idx_scan, 0)), 0),
                       COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0)
                FROM pg_stat_user_tables
                """, (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)));
    }
}
