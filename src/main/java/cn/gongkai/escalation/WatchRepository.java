package cn.gongkai.escalation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code deadline_watch}: which clocks have their watch, so that each gets exactly one. */
@Repository
class WatchRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    WatchRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The business keys of the matter's watches (running or ended), by the indexed matter column. */
    List<String> keysOf(Matter matter) {
        return jdbc.sql("SELECT watch_key FROM deadline_watch WHERE matter = :m").param("m", matter.key())
                .query(String.class).list();
    }

    boolean exists(String watchKey) {
        return jdbc.sql("SELECT COUNT(*) FROM deadline_watch WHERE watch_key = :k").param("k", watchKey)
                .query(Integer.class).single() > 0;
    }

    /**
     * Claims the watch of a clock; false when it was claimed before, here or on another node. The
     * insert runs in a savepoint so that losing the race does not abort the caller's transaction.
     */
    boolean claim(Matter matter, WatchedClock clock, Instant now) {
        if (exists(matter.watchKey(clock))) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO deadline_watch (watch_key, matter, clock, started_at) VALUES (:k, :m, :c, :t)")
                    .param("k", matter.watchKey(clock))
                    .param("m", matter.key())
                    .param("c", clock.name())
                    .param("t", now.atOffset(ZoneOffset.UTC))
                    .update());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
