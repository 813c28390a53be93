package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiServerTest;
import cn.gongkai.TestHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous guessing never locks an account for good: the engine's permanent lock is off, and
 * every login (engine REST, the webapps' login form, staff pages) is slowed per client and per
 * account with a wait that ends by itself.
 */
@GongkaiServerTest
class LoginThrottleTest {

    /** The defaults: 10 failures per account, 20 per client, refilled over 15 minutes. */
    static final int ACCOUNT_FAILURES = 10;

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identity;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        throttle.reset();
    }

    @Test
    void theEngineNeverLocksAnAccountForGoodNorDelaysTheRightPassword() {
        for (int i = 0; i < 25; i++) {
            assertThat(identity.checkPassword("secrecy", "guess-" + i)).isFalse();
        }
        assertThat(identity.checkPassword("secrecy", "demo")).isTrue();
    }

    @Test
    void guessingAnAdministratorsPasswordOnTheEngineApiIsSlowedAndEndsByItself() {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(http.get("/engine-rest/task").basic("admin", "guess-" + i).status()).isEqualTo(401);
        }
        HttpResponse<String> throttled = http.get("/engine-rest/task").basic("admin", "guess-x").send();
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(throttled.body()).contains("登录失败次数过多");
        // the right password is not even checked while the account is throttled
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").status()).isEqualTo(429);
        assertThat(throttle.throttled()).anyMatch(t -> t.kind().equals("account") && t.key().equals("admin"));

        // one allowance refills after 15 min / 10 = 90 s: the owner is back, nothing to unlock
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(91))));
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").status()).isEqualTo(200);
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
    }

    @Test
    void oneClientGuessingManyAccountsIsSlowedToo() {
        String[] users = {"policy-staff", "policy-head", "planning-staff", "planning-head", "sme-staff", "sme-head", "office",
            "leader", "supervisor", "disclosure", "disclosure-head", "informatization-staff", "informatization-head",
            "policy-liaison", "policy-reviewer", "planning-liaison", "planning-reviewer", "sme-liaison", "sme-reviewer",
            "informatization-liaison"};
        for (String user : users) {
            assertThat(http.get("/engine-rest/task").basic(user, "guess").status()).as(user).isEqualTo(401);
        }
        assertThat(http.get("/engine-rest/task").basic("informatization-reviewer", "demo").status()).isEqualTo(429);
        assertThat(throttle.throttled()).anyMatch(t -> t.kind().equals("client"));
        assertThat(throttle.lift("client", "127.0.0.1")).isTrue();
        assertThat(http.get("/engine-rest/task").basic("informatization-reviewer", "demo").status()).isEqualTo(200);
    }

    @Test
    void theWebappLoginFormIsThrottledAndWorksAgainWhenTheWaitEnds() {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(login("leader", "guess-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(login("leader", "demo").statusCode()).isEqualTo(429);
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
        HttpResponse<String> ok = login("leader", "demo");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"userId\":\"leader\"");
    }

    @Test
    void staffPagesWithHttpBasicCountAsLogins() {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertThat(http.get("/staff/reminders").basic("disclosure", "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(http.get("/staff/reminders").basic("disclosure", "demo").status()).isEqualTo(429);
    }

    @Test
    void anAdministratorSeesAndLiftsAThrottle() {
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            http.get("/engine-rest/task").basic("office", "guess-" + i).send();
        }
        assertThat(http.get("/staff/security/throttles").basic("leader", "demo").status()).isEqualTo(403);
        HttpResponse<String> page = http.get("/staff/security/throttles").basic("admin", "admin").send();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("office").contains("立即解除");
        assertThat(http.get("/engine-rest/task").basic("office", "demo").status()).isEqualTo(429);

        assertThat(throttle.lift("account", "office")).isTrue();
        assertThat(http.get("/engine-rest/task").basic("office", "demo").status()).isEqualTo(200);
    }

    @Test
    void aControlCharacterInAUserNameCannotForgeALogLine() {
        assertThat(LoginThrottle.loggable("admin\nINFO forged line")).doesNotContain("\n");
        assertThat(LoginThrottle.loggable("x".repeat(500))).hasSizeLessThan(70);
    }

    /** As the login page does it: its session and Camunda's CSRF token first, then the form. */
    private HttpResponse<String> login(String user, String password) {
        HttpResponse<String> page = http.get("/camunda/app/tasklist/default/").send();
        java.util.List<String> cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow().substring(11);
        return http.post("/camunda/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + password)
                .header("Cookie", String.join("; ", cookies)).header("X-XSRF-TOKEN", token).send();
    }
}
