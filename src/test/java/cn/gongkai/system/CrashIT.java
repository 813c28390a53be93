package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer of {@code 201} means the application survives a crash: the packaged application takes
 * a steady stream of online applications, is killed with SIGKILL in the middle of it, and after
 * the restart every tracking code it answered is still there. On the embedded default (H2 in
 * ./data, as shipped) and on PostgreSQL.
 */
class CrashIT {

    static final int CLIENTS = 6;
    static final Duration STREAM = Duration.ofSeconds(6);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path home;

    @Test
    void theEmbeddedDefaultKeepsEveryApplicationItConfirmed() throws Exception {
        Files.createDirectories(home);
        List<String> arguments = List.of("--management.server.port=0", "--gongkai.demo.mail-server.enabled=false",
                "--spring.mail.port=3925");
        checkSurvival("crash-h2", arguments);
    }

    @Test
    void postgresqlKeepsEveryApplicationItConfirmed() throws Exception {
        String url = PostgresTestDatabase.newDatabase();
        List<String> arguments = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--gongkai.admin.password=crash-test-secret-2026", "--management.server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=3925");
        checkSurvival("crash-pg", arguments);
    }

    private void checkSurvival(String name, List<String> settings) throws Exception {
        int port = ApplicationProcess.freePort();
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--server.port=" + port);
        String base = "http://127.0.0.1:" + port;
        ConcurrentLinkedQueue<String> confirmed = new ConcurrentLinkedQueue<>();

        ApplicationProcess app = ApplicationProcess.start(name, List.of("-Xmx512m"), arguments, home);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            HttpResponse<String> response = http.send(apply(base, client, i), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                Matcher code = Pattern.compile("\"trackingCode\":\"([^\"]+)\"").matcher(response.body());
                                if (code.find()) {
                                    confirmed.add(code.group(1));
                                }
                            }
                        } catch (Exception e) {
                            // the node is gone: what it confirmed before is what counts
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(STREAM.toMillis());
            app.kill();
        } finally {
            stop.set(true);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(confirmed).as("applications confirmed before the crash").hasSizeGreaterThan(20);

        try (ApplicationProcess restarted = ApplicationProcess.start(name + "-restarted", List.of("-Xmx512m"), arguments, home)) {
            List<String> lost = new ArrayList<>();
            for (String code : confirmed) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/requests/" + code)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    lost.add(code + " → " + response.statusCode());
                }
            }
            assertThat(lost).as("of %s confirmed applications, these are gone after the crash", confirmed.size()).isEmpty();
        }
    }

    private static HttpRequest apply(String base, int client, int i) {
        String json = """
                {"applicantType": "NATURAL_PERSON", "applicantName": "压力测试%d-%d", "contactPhone": "13912345678",
                 "description": "2026年度专项资金分配结果（第%d号）"}""".formatted(client, i, i);
        return HttpRequest.newBuilder(URI.create(base + "/api/requests")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }
}
