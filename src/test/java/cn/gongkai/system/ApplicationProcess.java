package cn.gongkai.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged application (target/gongkai-*.jar, built by {@code mvn package}) started in a JVM of
 * its own, as an operator starts it: for the cluster test and the startup and memory benchmark.
 */
final class ApplicationProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final Instant launchedAt;

    private ApplicationProcess(Process process, Path log, Instant launchedAt) {
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
    }

    /** Starts the jar with the given JVM options and application arguments; returns once it has started. */
    static ApplicationProcess start(String name, List<String> jvmOptions, List<String> arguments) throws Exception {
        return start(name, jvmOptions, arguments, null);
    }

    /** The same, in a working directory of its own (the embedded default keeps its database in ./data there). */
    static ApplicationProcess start(String name, List<String> jvmOptions, List<String> arguments, Path directory)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(arguments);
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        Instant launchedAt = Instant.now();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        ApplicationProcess app = new ApplicationProcess(process, log, launchedAt);
        await(name + " starts").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                .until(() -> app.log().contains("Started GongkaiApplication") || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " did not start; see " + log);
        }
        return app;
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("gongkai-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the application first (mvn verify does)"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    Instant launchedAt() {
        return launchedAt;
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory (VmRSS) in MiB, from /proc. */
    long residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /** SIGKILL, as a crashed node. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
