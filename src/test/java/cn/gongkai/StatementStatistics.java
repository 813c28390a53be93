package cn.gongkai;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's own account of where its time went, for a stretch of a benchmark
 * ({@code -Dgongkai.statement-statistics=true}): the statements of this database by their total time
 * (planning and execution) from {@code pg_stat_statements}. The server must load the module
 * ({@code shared_preload_libraries = 'pg_stat_statements'}, a restart) and the benchmark's user create
 * the extension; both are the operator's choice, so this is off unless asked for.
 */
public final class StatementStatistics {

    public static final boolean ENABLED = Boolean.getBoolean("gongkai.statement-statistics");

    private final JdbcTemplate jdbc;

    public StatementStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets what came before: the stretch starts now. */
    public void reset() {
        if (ENABLED) {
            jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            jdbc.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The stretch's statements with the most time, as a Markdown table (empty when not enabled). */
    public String top(int count, int per) {
        if (!ENABLED) {
            return "";
        }
        List<String> rows = jdbc.query("""
                SELECT calls, total_plan_time + total_exec_time AS total, rows,
                       regexp_replace(left(query, 400), '\\s+', ' ', 'g') AS text
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                ORDER BY total DESC LIMIT ?""",
                (rs, i) -> String.format("| %.0f | %.1f | %.3f | %.1f | %s |", rs.getLong("calls") / (double) per,
                        rs.getDouble("total") / per, rs.getDouble("total") / Math.max(1, rs.getLong("calls")),
                        rs.getLong("rows") / (double) per, rs.getString("text").replace("|", "\\|")),
                count);
        double all = jdbc.queryForObject("""
                SELECT coalesce(sum(total_plan_time + total_exec_time), 0) FROM pg_stat_statements
                WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())""", Double.class);
        return String.format("PostgreSQL's statements (pg_stat_statements), per unit of work (%d): %.2f ms in all%n%n", per,
                all / per)
                + "| calls | ms | ms per call | rows | statement |\n|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n";
    }
}
