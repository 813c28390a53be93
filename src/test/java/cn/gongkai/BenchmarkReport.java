package cn.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the benchmarks write: each its own {@code target/benchmark-<name>.md}, and all of those that
 * exist gathered into {@code target/benchmark.md}, with the day and the machine, so one
 * {@code mvn -Pbenchmark verify} leaves one file with every figure it measured.
 */
public final class BenchmarkReport {

    static final Path TARGET = Path.of("target");

    private BenchmarkReport() {
    }

    /** How long {@code work} takes: run once to warm up, then three times; the median, in milliseconds. */
    public static long medianMillis(Runnable work) {
        work.run();
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            work.run();
            runs.add((System.nanoTime() - start) / 1_000_000);
        }
        runs.sort(null);
        return runs.get(1);
    }

    public static void write(String name, String markdown) {
        try {
            Files.createDirectories(TARGET);
            Files.writeString(TARGET.resolve("benchmark-" + name + ".md"), markdown);
            List<Path> sections;
            try (Stream<Path> files = Files.list(TARGET)) {
                sections = files.filter(p -> p.getFileName().toString().matches("benchmark-[a-z-]+\\.md")).sorted().toList();
            }
            StringBuilder all = new StringBuilder("# Gongkai benchmarks\n\n")
                    .append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores, Java ").append(Runtime.version()).append(", ")
                    .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                    .append(". Each section as its benchmark wrote it, ").append(sections.size())
                    .append(" from this run and earlier runs into this target/.\n");
            for (Path section : sections) {
                all.append("\n---\n\n").append(Files.readString(section).strip()).append('\n');
            }
            Files.writeString(TARGET.resolve("benchmark.md"), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
