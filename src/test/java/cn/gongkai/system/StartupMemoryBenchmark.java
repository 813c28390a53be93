package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Startup time and memory on PostgreSQL, measured on the packaged application as an operator runs
 * it ({@code mvn -Pbenchmark verify}; not part of the normal build). Results go to the console and
 * to target/benchmark.md. No thresholds are asserted: the numbers are for the README.
 *
 * <p>The standard load: 200 online applications through the public API (4 clients at once), each
 * then looked up on its tracking API and page, and 200 catalogue searches; the job executor starts
 * every application's process and its reminder watches meanwhile.
 */
class StartupMemoryBenchmark {

    static final int APPLICATIONS = 200;
    static final int CLIENTS = 4;
    /** A 1 GiB container with the Dockerfile's -XX:MaxRAMPercentage=75. */
    static final List<String> JVM = List.of("-Xmx768m", "-Duser.timezone=Asia/Shanghai");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measureStartupAndMemoryOnPostgresql() throws Exception {
        String url = PostgresTestDatabase.newDatabase();
        int port = ApplicationProcess.freePort();
        int management = ApplicationProcess.freePort();
        List<String> arguments = List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--gongkai.admin.password=benchmark-secret-2026",
                "--server.port=" + port,
                "--management.server.port=" + management,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=3925");
        StringBuilder report = new StringBuilder();
        try (ApplicationProcess app = ApplicationProcess.start("benchmark", JVM, arguments)) {
            URI health = URI.create("http://127.0.0.1:" + management + "/actuator/health");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> ready(health));
            double ready = Duration.between(app.launchedAt(), Instant.now()).toMillis() / 1000.0;
            Matcher started = Pattern.compile("Started GongkaiApplication in ([0-9.]+) seconds").matcher(app.log());
            String springReported = started.find() ? started.group(1) : "?";
            long rssAfterStart = app.residentMiB();

            String base = "http://127.0.0.1:" + port;
            Instant loadStart = Instant.now();
            List<String> codes = load(base);
            double loadSeconds = Duration.between(loadStart, Instant.now()).toMillis() / 1000.0;
            long rssAfterLoad = app.residentMiB();
            int requests = APPLICATIONS * 4;

            report.append("| measure | value |\n|---|---|\n")
                    .append("| time to ready (launch to health UP) | ").append(ready).append(" s |\n")
                    .append("| start-up as Spring Boot reports it | ").append(springReported).append(" s |\n")
                    .append("| resident memory after start | ").append(rssAfterStart).append(" MiB |\n")
                    .append("| standard load: ").append(requests).append(" HTTP requests, ").append(CLIENTS)
                    .append(" clients | ").append(loadSeconds).append(" s (")
                    .append(Math.round(requests / loadSeconds)).append(" requests/s) |\n")
                    .append("| resident memory after the load | ").append(rssAfterLoad).append(" MiB |\n")
                    .append("| applications stored | ").append(codes.size()).append(" |\n");
        }
        String text = "Gongkai start-up and memory on PostgreSQL (" + Runtime.version() + ", " + JVM + ", "
                + Runtime.getRuntime().availableProcessors() + " cores)\n\n" + report;
        System.out.println(text);
        cn.gongkai.BenchmarkReport.write("startup", text);
    }

    boolean ready(URI health) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"jobExecutor\":{\"status\":\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }

    List<String> load(String base) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> work = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                int n = i;
                work.add(clients.submit(() -> oneApplicant(base, n)));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> f : work) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            clients.shutdown();
        }
    }

    /** What one member of the public does: applies, checks the application twice, searches the catalogue. */
    String oneApplicant(String base, int n) throws Exception {
        String body = """
                {"applicantType": "NATURAL_PERSON", "applicantName": "申请人%d", "contactPhone": "13900000000",
                 "description": "基准测试申请 %d：2025年度专项资金分配结果"}
                """.formatted(n, n);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher code = Pattern.compile("\"trackingCode\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(code.find()).isTrue();
        for (String path : List.of("/api/requests/" + code.group(1), "/track/" + code.group(1), "/api/catalogue?q=资金")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
        }
        return code.group(1);
    }
}
