package cn.gongkai.access;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine's look-up of "which groups have any authorization" reads the groups by
 * skipping along the index on {@code ACT_RU_AUTHORIZATION.GROUP_ID_}, one probe per group, instead of
 * reading every authorization row.
 *
 * <p>The engine runs that look-up ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}) once
 * in every command of a signed-in person — each Tasklist list and count, each claim, form and
 * completion — to drop the person's groups that have no authorization from its checks. The table
 * holds a row for every open task and candidate group, so the look-up grew with the open work: at
 * 100,000 open tasks the statement took 10–17 ms on the build machine, against 0.4 ms by skipping,
 * and every list, count and task action about 5 ms less end to end (docs/operations.md, "Tasklist as
 * open work grows"). The answer is the same set of groups.
 *
 * <p>This maps one engine statement to another through the engine's own table of
 * database-specific statements (an engine internal); {@code PostgresIT} fails if an engine upgrade changes
 * what it relies on.
 */
@Component
class AuthorizedGroupsLookup extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AuthorizedGroupsLookup.class);

    static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
    static final String SKIPPING_STATEMENT = "selectAuthorizedGroupIdsBySkipping";
    private static final String MAPPER = "cn/gongkai/access/authorized-groups.xml";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!"postgres".equals(configuration.getDatabaseType())) {
            return; // H2 (the embedded default) has no skip scan to gain from the recursive form
        }
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasStatement(SKIPPING_STATEMENT)) {
            try (InputStream in = AuthorizedGroupsLookup.class.getClassLoader().getResourceAsStream(MAPPER)) {
                new XMLMapperBuilder(in, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + MAPPER, e);
            }
        }
        DbSqlSessionFactory statements = configuration.getDbSqlSessionFactory();
        Map<String, String> mappings = statements.getStatementMappings() == null ? new HashMap<>()
                : new HashMap<>(statements.getStatementMappings()); // the engine's map is shared by every engine
        mappings.put(ENGINE_STATEMENT, SKIPPING_STATEMENT);
        statements.setStatementMappings(mappings);
        log.info("DB-002 the engine reads the groups with authorizations by skipping along their index");
    }
}
