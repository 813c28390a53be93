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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online applications arriving at a steady 50 a second for 60 seconds (an open loop: each sent on
 * time whether the last was answered or not), against the packaged application on the embedded
 * default and on PostgreSQL. Reports answers by status and the latency of each; every 201 is then
 * looked up. Writes target/benchmark-intake.md; the README shows the figures. Over-load must show as
 * quick 503s with Retry-After, never as 500s or long waits.
 */
class IntakeLoadBenchmark {

    static final int PER_SECOND = Integer.getInteger("gongkai.load.rate", 50);
    static final int SECONDS = Integer.getInteger("gongkai.load.seconds", 60);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(64)).build();

    @TempDir
    Path home;

    @Test
    void fiftyApplicationsASecondForAMinute() throws Exception {
        StringBuilder report = new StringBuilder("| database | sent | 201 | 503 | other | p50 | p95 | max | 201 found afterwards |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        report.append(run("H2 (embedded default)", List.of("--management.server.port=0", "--gongkai.demo.mail-server.enabled=false",
                "--spring.mail.port=3925")));
        String url = PostgresTestDatabase.newDatabase();
        report.append(run("PostgreSQL", List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(),
                "--gongkai.admin.password=benchmark-secret-2026", "--management.server.port=0",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=3925")));
        String text = "# Intake under load (" + PER_SECOND + " applications/s for " + SECONDS + " s)\n\n" + report;
        cn.gongkai.BenchmarkReport.write("intake", text);
        System.out.println(text);
    }

    private String run(String database, List<String> settings) throws Exception {
        int port = ApplicationProcess.freePort();
        List<String> arguments = new ArrayList<>(settings);
        arguments.add("--server.port=" + port);
        String base = "http://127.0.0.1:" + port;
        Path dir = Files.createDirectories(home.resolve(database.substring(0, 2)));
        try (ApplicationProcess app = ApplicationProcess.start("load-" + database.substring(0, 2).toLowerCase(),
                List.of("-Xmx768m"), arguments, dir)) {
            Map<Integer, AtomicInteger> statuses = new TreeMap<>();
            Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
            List<CompletableFuture<Void>> all = new ArrayList<>();
            long start = System.nanoTime();
            int sent = 0;
            for (int i = 0; i < PER_SECOND * SECONDS; i++) {
                long due = start + i * 1_000_000_000L / PER_SECOND;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long sentAt = System.nanoTime();
                sent++;
                all.add(http.sendAsync(apply(base, i), HttpResponse.BodyHandlers.ofString())
                        .handle((response, error) -> {
                            latencies.add((System.nanoTime() - sentAt) / 1_000_000);
                            int status = error != null ? -1 : response.statusCode();
                            counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                            if (status == 201) {
                                Matcher m = Pattern.compile("\"trackingCode\":\"([^\"]+)\"").matcher(response.body());
                                if (m.find()) {
                                    codes.add(m.group(1));
                                }
                            }
                            return null;
                        }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            statuses.putAll(counts);
            int found = 0;
            for (String code : codes) {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/requests/" + code)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    found++;
                }
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int ok = count(statuses, 201);
            int busy = count(statuses, 503);
            int other = sent - ok - busy;
            assertThat(found).isEqualTo(ok);
            return "| " + database + " | " + sent + " | " + ok + " | " + busy + " | " + other + (other > 0 ? " " + statuses : "")
                    + " | " + sorted.get(sorted.size() / 2) + " ms | " + sorted.get((int) (sorted.size() * 0.95)) + " ms | "
                    + sorted.get(sorted.size() - 1) + " ms | " + found + " |\n";
        }
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static HttpRequest apply(String base, int i) {
        String json = """
                {"applicantType": "NATURAL_PERSON", "applicantName": "负载测试%d", "contactPhone": "13912345678",
                 "description": "2026年度专项资金分配结果（第%d号）"}""".formatted(i, i);
        return HttpRequest.newBuilder(URI.create(base + "/api/requests")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }
}
