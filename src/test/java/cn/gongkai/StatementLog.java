package cn.gongkai;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's log of every statement, switched on for a stretch of a benchmark to count what it
 * sends ({@code -Dgongkai.statement-log=true}; ALTER SYSTEM, so superuser only, and the lines go to the
 * server's log). Markers ({@code SELECT 'gongkai-mark:<name>'}) separate the stretches.
 */
public final class StatementLog {

    public static final boolean ENABLED = Boolean.getBoolean("gongkai.statement-log");

    private final JdbcTemplate jdbc;

    public StatementLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void on(boolean when) {
        if (ENABLED && when) {
            jdbc.execute("ALTER SYSTEM SET log_statement = 'all'");
            jdbc.execute("SELECT pg_reload_conf()");
        }
    }

    public void off(boolean when) {
        if (ENABLED && when) {
            jdbc.execute("ALTER SYSTEM RESET log_statement");
            jdbc.execute("SELECT pg_reload_conf()");
        }
    }

    public void mark(boolean when, String name) {
        if (ENABLED && when) {
            jdbc.execute("SELECT 'gongkai-mark:" + name + "'");
        }
    }
}
