package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the Camunda engine's own tables ({@code ACT_*}) as Camunda recommends for production:
 * from the engine's create scripts, under the migration tool, with the engine itself set to
 * {@code camunda.bpm.database.schema-update: false} (it then only checks the schema). A database
 * whose engine tables already exist (created by the engine of an earlier Gongkai) is left as is.
 * Engine upgrades add migrations that run Camunda's upgrade scripts.
 */
public class V4__Camunda_engine_schema extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V4__Camunda_engine_schema.class);

    /** Where camunda-engine keeps its scripts (a fork of Camunda 7 keeps them under its own package). */
    static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql";

    /** In the order the engine itself creates them. */
    static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection.getMetaData(), connection.getSchema())) {
            log.info("SCHEMA-001 the Camunda engine tables exist already; left as they are");
            return;
        }
        String type = databaseType(connection.getMetaData().getDatabaseProductName());
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS.formatted(type, part)));
        }
        log.info("SCHEMA-002 the Camunda engine tables were created ({})", type);
    }

    static String databaseType(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgres";
        }
        throw new IllegalStateException("Gongkai runs on H2 or PostgreSQL, not on " + productName);
    }

    private static boolean engineTablesExist(DatabaseMetaData meta, String schema) throws SQLException {
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            try (ResultSet tables = meta.getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
