package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiServerTest;
import cn.gongkai.TestHttp;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over-load is refused quickly and politely: while every turn for public submissions is taken, one
 * more is answered 503 with Retry-After within the configured wait (2 s), as JSON for the API and
 * as a page for the forms, and nothing of it is stored.
 */
@GongkaiServerTest
class OverloadTest {

    @LocalServerPort
    int port;
    @Autowired
    IntakeLimiter limiter;
    @Autowired
    SearchLimiter searches;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @AfterEach
    void freeTheTurns() {
        if (limiter.available() == 0) {
            limiter.releaseAll();
        }
        if (searches.available() == 0) {
            searches.releaseAll();
        }
    }

    @Test
    void aSubmissionBeyondTheLimitIsToldToComeBack() throws Exception {
        limiter.occupyAll();
        Instant start = Instant.now();
        HttpResponse<String> api = http.json("POST", "/api/requests", """
                {"applicantType": "NATURAL_PERSON", "applicantName": "王芳", "contactPhone": "13912345678",
                 "description": "2026年专项资金名单"}""").send();
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(api.body()).contains("尚未提交");
        HttpResponse<String> consult = http.json("POST", "/api/consultations", "{}").send();
        assertThat(consult.statusCode()).isEqualTo(503);

        limiter.releaseAll();
        assertThat(http.json("POST", "/api/requests", """
                {"applicantType": "NATURAL_PERSON", "applicantName": "王芳", "contactPhone": "13912345678",
                 "description": "2026年专项资金名单"}""").status()).isEqualTo(201);
        assertThat(limiter.available()).isEqualTo(8);
    }

    /** A search by words reads every published text: a flood of them is held back, lists are not. */
    @Test
    void aCatalogueSearchBeyondTheLimitIsToldToComeBackAndListsAreNot() throws Exception {
        searches.occupyAll();
        HttpResponse<String> api = http.get("/api/catalogue?q=" + java.net.URLEncoder.encode("专项资金", "UTF-8")).send();
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(api.body()).contains("再查询");
        HttpResponse<String> page = http.get("/catalogue?q=" + java.net.URLEncoder.encode("专项资金", "UTF-8")).send();
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("服务繁忙").contains("不按关键词浏览目录不受影响");
        assertThat(http.get("/api/catalogue").status()).isEqualTo(200);
        assertThat(http.get("/catalogue?category=policies").status()).isEqualTo(200);
        assertThat(http.get("/api/catalogue?q=").status()).isEqualTo(200);

        searches.releaseAll();
        assertThat(http.get("/api/catalogue?q=" + java.net.URLEncoder.encode("专项资金", "UTF-8")).status()).isEqualTo(200);
        assertThat(searches.available()).isEqualTo(2);
    }

    @Test
    void readingIsNeverHeldBack() throws Exception {
        limiter.occupyAll();
        assertThat(http.get("/api/requests/YS2026-AAAA-BBBB-CCCC").status()).isEqualTo(404);
        assertThat(http.get("/apply").status()).isEqualTo(200);
    }

    @Test
    void aDatabaseOutOfConnectionsIsBusyNotBroken() {
        assertThat(PageExceptionHandler.databaseBusy(new ProcessEngineException("wrapped",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(PageExceptionHandler.databaseBusy(new IllegalStateException("a bug"))).isFalse();
    }
}
