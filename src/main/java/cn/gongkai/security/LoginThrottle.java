package cn.gongkai.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Slows down password guessing on every login this application offers (Tasklist/Cockpit/Admin,
 * {@code /engine-rest} with HTTP Basic, staff pages with HTTP Basic). Each client (IP address) and
 * each account has an allowance of failed logins that refills evenly over a window; once it is
 * spent, logins from that client or to that account are answered {@code 429} without the password
 * being checked, until the allowance has refilled by one. Nothing is ever locked for good (the
 * engine's own permanent lock is switched off, see {@link EngineHardening}), and an administrator
 * sees and lifts throttles at {@code /staff/security/throttles}.
 *
 * <p>The allowances live in this node's memory: a restart clears them, and each node of a cluster
 * counts its own.
 */
@Service
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** Why a login is refused before its password is checked, and for how long. */
    public record Refusal(String what, Duration retryAfter) {
    }

    /** A client or account that may not log in now. */
    public record Throttled(String kind, String key, Duration retryAfter) {
    }

    private final HardeningProperties.Login settings;
    private final TimeMeter clock = new EngineClock();
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> accounts;

    LoginThrottle(HardeningProperties properties) {
        this.settings = properties.login();
        Duration keep = settings.window().multipliedBy(2);
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(keep).build();
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(keep).build();
    }

    /** Whether a login by {@code account} from {@code client} may be tried now. */
    public Optional<Refusal> check(String client, String account) {
        Bucket c = clients.getIfPresent(client);
        if (c != null && c.getAvailableTokens() < 1) {
            return Optional.of(new Refusal("client", wait(c)));
        }
        Bucket a = account == null ? null : accounts.getIfPresent(normal(account));
        if (a != null && a.getAvailableTokens() < 1) {
            return Optional.of(new Refusal("account", wait(a)));
        }
        return Optional.empty();
    }

    /** A login failed: spends one of the client's and one of the account's allowance. */
    public void failed(String client, String account) {
        Bucket c = clients.get(client, k -> bucket(settings.clientFailures()));
        c.tryConsume(1);
        String who = account == null ? "-" : loggable(account);
        if (account != null) {
            Bucket a = accounts.get(normal(account), k -> bucket(settings.accountFailures()));
            a.tryConsume(1);
            if (a.getAvailableTokens() < 1) {
                log.warn("SECURITY-003 account {} throttled after repeated failed logins (last from {}); it ends by itself in {} s",
                        who, client, wait(a).toSeconds());
            }
        }
        if (c.getAvailableTokens() < 1) {
            log.warn("SECURITY-002 client {} throttled after repeated failed logins (last for {}); it ends by itself in {} s",
                    client, who, wait(c).toSeconds());
        } else {
            log.info("SECURITY-001 failed login for {} from {}", who, client);
        }
    }

    /** What is throttled now, longest wait first. */
    public List<Throttled> throttled() {
        List<Throttled> all = new ArrayList<>();
        collect("client", clients.asMap(), all);
        collect("account", accounts.asMap(), all);
        all.sort(Comparator.comparing(Throttled::retryAfter).reversed());
        return all;
    }

    /** Lifts a throttle (an administrator's action); true when there was one. */
    public boolean lift(String kind, String key) {
        Cache<String, Bucket> cache = "client".equals(kind) ? clients : "account".equals(kind) ? accounts : null;
        if (cache == null || cache.getIfPresent(key) == null) {
            return false;
        }
        cache.invalidate(key);
        return true;
    }

    /** Forgets every allowance (tests). */
    void reset() {
        clients.invalidateAll();
        accounts.invalidateAll();
    }

    private void collect(String kind, Map<String, Bucket> buckets, List<Throttled> into) {
        buckets.forEach((key, bucket) -> {
            if (bucket.getAvailableTokens() < 1) {
                into.add(new Throttled(kind, key, wait(bucket)));
            }
        });
    }

    private Bucket bucket(int allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, settings.window()).build())
                .withCustomTimePrecision(clock)
                .build();
    }

    private static Duration wait(Bucket bucket) {
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    private static String normal(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    /** A user id as typed, safe for a log line: no line breaks, at most 64 characters. */
    static String loggable(String account) {
        String clean = account.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    /** The engine's clock, so that tests that move it move the throttle too. */
    private static final class EngineClock implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return ClockUtil.getCurrentTime().getTime() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
