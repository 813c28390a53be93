package cn.gongkai.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away database on the PostgreSQL server the integration tests run against, created once
 * per test JVM and dropped when it ends. Server and user come from GONGKAI_TEST_PG_URL (default
 * jdbc:postgresql://127.0.0.1:5432/) and GONGKAI_TEST_PG_USER (default postgres).
 */
public final class PostgresTestDatabase {

    private static final String SERVER = env("GONGKAI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("GONGKAI_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("GONGKAI_TEST_PG_PASSWORD", "");
    private static String url;

    private PostgresTestDatabase() {
    }

    /** The JVM's shared throw-away database. */
    public static synchronized String url() {
        if (url == null) {
            url = newDatabase();
        }
        return url;
    }

    /** Another throw-away database, for a test that needs one to itself; dropped when the JVM ends. */
    public static String newDatabase() {
        String name = "gongkai_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenLetGo(name)));
        return SERVER + name;
    }

    /**
     * Drops the database once the test contexts have let it go. Spring closes them in its own shutdown
     * hook, at the same time as this one: dropped under a closing context, its engine's last
     * transactions failed and the JVM outlived surefire's 30 s wait for it to exit.
     */
    private static void dropWhenLetGo(String name) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until && connections(name) > 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static long connections(String name) {
        try (Connection c = server();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Points a Spring test context (its {@code @DynamicPropertySource}) at the given database. */
    public static void use(DynamicPropertyRegistry registry, Supplier<Object> url) {
        registry.add("spring.datasource.url", url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        try (Connection c = server();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for integration tests not usable at " + SERVER
                    + " as " + USER + " (start it, or set GONGKAI_TEST_PG_URL/USER/PASSWORD): " + e.getMessage(), e);
        }
    }

    private static Connection server() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
