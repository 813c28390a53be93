package cn.gongkai.system;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every connection to PostgreSQL starts with {@code SET jit = off}. The engine's task queries carry
 * the authorization check as sub-plans, which PostgreSQL prices so high that it compiles each query
 * with JIT before running it: measured at 100,000 open tasks, 2.0 s of compiling for a query that
 * then runs in 0.3 s (docs/operations.md). JIT helps long analytic queries, which Gongkai does not
 * run. An operator who sets {@code spring.datasource.hikari.connection-init-sql} keeps their own.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(PostgresSessionSettings.class);

    static final String INIT_SQL = "SET jit = off";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(INIT_SQL);
            log.info("DB-001 PostgreSQL connections start with '{}'", INIT_SQL);
        }
        return bean;
    }
}
