package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: the engine REST API needs HTTP Basic, the public portal and API need no login. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
class EngineRestSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void anonymousCallsToTheEngineRestApiAreRefused() {
        ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(http.withBasicAuth("leader", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void httpBasicAgainstTheIdentityServiceIsAccepted() {
        ResponseEntity<List> tasks = http.withBasicAuth("admin", "admin").getForEntity("/engine-rest/task", List.class);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> count = http.withBasicAuth("policy-staff", "demo")
                .getForEntity("/engine-rest/process-definition/count?key=proactive-disclosure", Map.class);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count.getBody()).containsEntry("count", 1);
    }

    @Test
    void thePublicPortalAndApiNeedNoLogin() {
        assertThat(http.getForEntity("/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/calendar/due-date?from=2026-01-05&workingDays=1", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theCamundaWebappsAreServed() {
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getBody()).contains("Tasklist");
    }
}
