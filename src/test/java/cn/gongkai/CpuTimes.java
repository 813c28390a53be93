package cn.gongkai;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time spent by the parties of a benchmark that share one machine: this JVM, some of its threads
 * (an SMTP server running in the benchmark's JVM, say) and the local PostgreSQL server's processes.
 * Benchmarks report them so that a figure measured with everything on one machine can be read per
 * party.
 */
public final class CpuTimes {

    /** Linux's USER_HZ, the unit of /proc/[pid]/stat's times, on every common platform. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuTimes() {
    }

    /** CPU time of this JVM (every thread, the compiler and the garbage collector included), in ns. */
    public static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of the processes named {@code postgres} on this machine (user and system), in ns; -1
     * where /proc cannot be read. Processes that end in between take their time with them: compare
     * readings over a stretch in which the server's connections stay open.
     */
    public static long postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTimes::postgresTicks).sum() * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long postgresTicks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            // after the name: state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /**
     * Samples the CPU time of this JVM's threads whose names start with a prefix, every 50 ms, and
     * keeps each thread's last reading, so that threads which end in between still count (up to their
     * last sample). Threads that ran before it started count only what they spent since.
     */
    public static final class Threads implements AutoCloseable {

        private final String prefix;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> lastReading = new ConcurrentHashMap<>();
        private final Map<Long, Long> atStart;
        private final Thread sampler;
        private volatile boolean running = true;

        public Threads(String prefix) {
            this.prefix = prefix;
            read();
            this.atStart = Map.copyOf(lastReading);
            this.sampler = new Thread(this::sample, "cpu-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            while (running) {
                read();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void read() {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith(prefix)) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu >= 0) {
                        lastReading.merge(info.getThreadId(), cpu, Math::max);
                    }
                }
            }
        }

        /** CPU time of the matching threads since this sampler started, in ns. */
        public long total() {
            read();
            return lastReading.entrySet().stream().mapToLong(e -> e.getValue() - atStart.getOrDefault(e.getKey(), 0L)).sum();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            sampler.interrupt();
            sampler.join();
        }
    }
}
