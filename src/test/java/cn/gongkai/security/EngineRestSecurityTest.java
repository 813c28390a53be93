package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiServerTest;
import cn.gongkai.TestHttp;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the engine REST API needs HTTP Basic, refuses requests another site's page
 * started (the cross-site request forgery that deployed code), refuses deployments while running,
 * and keeps jobs to administrators; the public portal and API need no login.
 */
@GongkaiServerTest
class EngineRestSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LoginThrottle throttle;
    @TempDir
    Path dir;

    TestHttp http;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    @Test
    void anonymousCallsToTheEngineRestApiAreRefused() {
        HttpResponse<String> response = http.get("/engine-rest/task").send();
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(http.get("/engine-rest/process-definition").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(http.get("/engine-rest/task").basic("leader", "wrong").status()).isEqualTo(401);
    }

    @Test
    void httpBasicAgainstTheIdentityServiceIsAccepted() {
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").status()).isEqualTo(200);
        HttpResponse<String> count = http.get("/engine-rest/process-definition/count?key=proactive-disclosure")
                .basic("policy-staff", "demo").send();
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"count\":1");
    }

    @Test
    void aFormPostedFromAnotherSiteWithRememberedCredentialsIsRefused() throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        Path proof = dir.resolve("csrf-proof");
        byte[] form = TestHttp.multipart("x", "data", "evil.bpmn",
                HostileModels.xml(HostileModels.expression("csrf_attack", HostileModels.createFile(proof))));

        HttpResponse<String> crossSite = http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=x", form)
                .basic("admin", "admin").fromOtherSite().send();
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("拒绝来自其他网站的请求");
        // a browser without Fetch Metadata still names the site in Origin, or in Referer
        assertThat(http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=x", form)
                .basic("admin", "admin").header("Origin", "https://evil.example").send().body()).contains("拒绝来自其他网站的请求");
        assertThat(http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=x", form)
                .basic("admin", "admin").header("Referer", "https://evil.example/page.html").send().body())
                .contains("拒绝来自其他网站的请求");
        HttpResponse<String> sameSite = http.get("/engine-rest/task").basic("admin", "admin").header("Sec-Fetch-Site", "same-site").send();
        assertThat(sameSite.statusCode()).isEqualTo(403);
        assertThat(sameSite.body()).contains("拒绝来自其他网站的请求");

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(proof).doesNotExist();
    }

    @Test
    void programsAndThisSitesOwnPagesPass() {
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").status()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").header("Sec-Fetch-Site", "same-origin").status())
                .isEqualTo(200);
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").header("Origin", http.base()).status())
                .isEqualTo(200);
        assertThat(http.get("/engine-rest/task").basic("admin", "admin").header("Sec-Fetch-Site", "none").status())
                .isEqualTo(200);
    }

    @Test
    void nothingIsDeployedWhileRunningNotEvenByAnAdministrator() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        byte[] form = TestHttp.multipart("x", "data", "harmless.bpmn",
                HostileModels.xml(HostileModels.expression("harmless", "${true}")));

        HttpResponse<String> response = http.post("/engine-rest/deployment/create", "multipart/form-data; boundary=x", form)
                .basic("admin", "admin").send();
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("运行期间不允许部署");
        String id = engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();
        assertThat(http.post("/engine-rest/deployment/" + id + "/redeploy", "application/json", "{}")
                .basic("admin", "admin").status()).isEqualTo(403);
        assertThat(http.post("/engine-rest/engine/default/deployment/create", "multipart/form-data; boundary=x", form)
                .basic("admin", "admin").status()).isEqualTo(403);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void onlyAnAdministratorChangesAJobThatBelongsToNoProcess() {
        Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
        assertThat(cleanup.getProcessDefinitionId()).isNull();

        HttpResponse<String> division = http.put("/engine-rest/job/" + cleanup.getId() + "/suspended", "application/json",
                "{\"suspended\":true}").basic("policy-staff", "demo").send();
        assertThat(division.statusCode()).isEqualTo(403);
        assertThat(division.body()).contains("只有系统管理员可以修改作业");
        assertThat(http.put("/engine-rest/job/" + cleanup.getId() + "/retries", "application/json", "{\"retries\":0}")
                .basic("supervisor", "demo").status()).isEqualTo(403);
        assertThat(http.json("DELETE", "/engine-rest/job/" + cleanup.getId(), "").basic("policy-staff", "demo").status())
                .isEqualTo(403);
        assertThat(engine.getManagementService().createJobQuery().jobId(cleanup.getId()).singleResult().isSuspended()).isFalse();

        // reading jobs and querying them with POST stays open
        assertThat(http.json("POST", "/engine-rest/job/count", "{}").basic("policy-staff", "demo").status()).isEqualTo(200);

        assertThat(http.put("/engine-rest/job/" + cleanup.getId() + "/suspended", "application/json", "{\"suspended\":true}")
                .basic("admin", "admin").status()).isEqualTo(204);
        assertThat(engine.getManagementService().createJobQuery().jobId(cleanup.getId()).singleResult().isSuspended()).isTrue();
        engine.getManagementService().activateJobById(cleanup.getId());
    }

    @Test
    void thePublicPortalAndApiNeedNoLogin() {
        assertThat(http.get("/").status()).isEqualTo(200);
        assertThat(http.get("/catalogue").status()).isEqualTo(200);
        assertThat(http.get("/api/catalogue").status()).isEqualTo(200);
        assertThat(http.get("/api/calendar/due-date?from=2026-01-05&workingDays=1").status()).isEqualTo(200);
    }

    @Test
    void theCamundaWebappsAreServed() {
        HttpResponse<String> tasklist = http.get("/camunda/app/tasklist/default/").send();
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.body()).contains("Tasklist");
    }

    @Test
    void noProofFileIsLeftBehind() throws Exception {
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
