package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.CpuTimes;
import cn.gongkai.DatabaseWork;
import cn.gongkai.StatementLog;
import cn.gongkai.StatementStatistics;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.request.RequestSync;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.PostgresTestDatabase;
import cn.gongkai.system.SmtpConnections;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 10,000 reminders falling due at the same moment on one node ({@code mvn -Pbenchmark verify}; not part
 * of the normal build; {@code -Dgongkai.reminders.count=1000} for a shorter run). Applications waiting
 * for their reply draft, each claimed by one person, are seeded on PostgreSQL through the engine's Java
 * API and Gongkai's own services, with receipt dates chosen so that every reply clock's first rung
 * (5 working days before the due day) goes out at 09:00 on the same day. The application's job executor,
 * as configured, plans every watch; the engine's clock then walks through the day before (1,000 other
 * rungs, so that the node runs warm), that morning's 08:30 re-check and 09:00, and the time until
 * every mail has reached a real SMTP server (GreenMail) is measured. Each mail must arrive exactly once:
 * checked against the mail log and the server. Results go to target/benchmark-reminders.md; nothing is
 * asserted about time.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class ReminderBurstBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final int COUNT = Integer.getInteger("gongkai.reminders.count", 10_000);
    /** Reminders of the day before, so that the node runs warm as one that has been up for days. */
    static final int WARM_UP = Integer.getInteger("gongkai.reminders.warm-up", 1_000);
    static final String HOLDER = "policy-staff";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ClockLedger ledger;
    @Autowired
    RequestSync sync;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    AgencyTime time;
    @Autowired
    EscalationProperties escalation;
    @Autowired
    SmtpConnections smtpConnections;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void tenThousandRemindersFallingDueAtOnce() throws Exception {
        // a working day and the working day before it: the node's day before is the warm-up
        LocalDate dayBefore = LocalDate.of(2026, 12, 7);
        LocalDate rungDay = workingDays.dueDate(dayBefore, 1).dueOn();
        assertThat(rungDay).as("two working days in a row").isEqualTo(dayBefore.plusDays(1));
        ClockUtil.setCurrentTime(at(dayBefore, LocalTime.of(8, 45)));

        long seedStart = System.nanoTime();
        seed(0, WARM_UP, receiptFor(dayBefore));
        for (int from = 0; from < COUNT; from += 2_000) {
            seed(WARM_UP + from, Math.min(2_000, COUNT - from), receiptFor(rungDay));
            jdbc.execute("ANALYZE"); // as autovacuum would, had the tables grown over months
        }
        long seeded = System.nanoTime();
        awaitNoExecutableJobs(600);
        long planned = System.nanoTime();
        assertThat(engine.getManagementService().createJobQuery().timers()
                .activityId(DeadlineRemindersProcess.TIMER_WAKE).count()).as("reminder timers waiting")
                .isEqualTo(WARM_UP + COUNT);
        assertThat(smtp.getReceivedMessages()).as("nothing sent before 09:00").isEmpty();

        // the day before: a smaller rung at 09:00, so that the node runs warm as one that has been up for days
        ClockUtil.setCurrentTime(at(dayBefore, escalation.sendAt()));
        assertThat(smtp.waitForIncomingEmail(600_000, WARM_UP)).isTrue();
        awaitNoExecutableJobs(600);
        // the morning: every watch reads its clock again at 08:30
        long recheckStart = System.nanoTime();
        ClockUtil.setCurrentTime(at(rungDay, escalation.recheckAt()));
        awaitNoExecutableJobs(600);
        long rechecked = System.nanoTime();
        // the seeding wrote in minutes what a province writes in months: give PostgreSQL the statistics its
        // autovacuum would have gathered overnight (with stale ones it scans 370,000 variable rows per look-up)
        jdbc.execute("ANALYZE");

        // -Dgongkai.statement-log=true: PostgreSQL logs the burst's statements (use a small count)
        StatementLog statements = new StatementLog(jdbc);
        statements.on(true);
        // the database's own counters of its work, once the seeding's and the re-check's are published
        Thread.sleep(DatabaseWork.PUBLISHED.toMillis());
        DatabaseWork.Counts workBefore = DatabaseWork.now(jdbc);
        long connectionsBefore = smtpConnections.opened();
        // who spends the machine's CPU: the node, the SMTP server in its JVM (GreenMail's threads), PostgreSQL
        CpuTimes.Threads smtpServer = new CpuTimes.Threads("smtp:");
        long jvmCpuBefore = CpuTimes.process();
        long postgresCpuBefore = CpuTimes.postgres();
        // -Dgongkai.statement-statistics=true: PostgreSQL's own account of the burst's statements
        StatementStatistics statistics = new StatementStatistics(jdbc);
        statistics.reset();
        long start = System.nanoTime();
        ClockUtil.setCurrentTime(at(rungDay, escalation.sendAt()));
        // GreenMail counts by copying its whole mailbox, which at thousands of mails costs a core of its
        // own: wait on its delivery latch instead, and read the progress from the mail log
        AtomicLong allArrived = new AtomicLong();
        CompletableFuture<Boolean> arrived = CompletableFuture.supplyAsync(() -> {
            boolean all = smtp.waitForIncomingEmail(600_000, WARM_UP + COUNT);
            allArrived.set(System.nanoTime());
            return all;
        });
        List<long[]> progress = new ArrayList<>();
        while (!arrived.isDone()) {
            try {
                arrived.get(5, TimeUnit.SECONDS);
            } catch (TimeoutException stillSending) {
                long seconds = (System.nanoTime() - start) / 1_000_000_000;
                long recorded = jdbc.queryForObject("SELECT count(*) FROM reminder_mail WHERE occurrence_on = ?", Long.class,
                        rungDay);
                progress.add(new long[] {seconds, recorded});
                System.out.printf("REMINDERS %d s: %d of %d mails recorded%n", seconds, recorded, COUNT);
            }
        }
        assertThat(arrived.get()).as("every mail arrived within 10 minutes").isTrue();
        long allSent = allArrived.get();
        awaitNoExecutableJobs(600);
        long settled = System.nanoTime();
        String statementsOfTheBurst = statistics.top(20, COUNT);
        long jvmCpu = CpuTimes.process() - jvmCpuBefore;
        long postgresCpu = postgresCpuBefore < 0 ? -1 : CpuTimes.postgres() - postgresCpuBefore;
        long smtpCpu = smtpServer.total();
        smtpServer.close();
        statements.off(true);
        Thread.sleep(DatabaseWork.PUBLISHED.toMillis());
        DatabaseWork.Counts work = DatabaseWork.now(jdbc).minus(workBefore);

        int mails = smtp.getReceivedMessages().length;
        long logged = jdbc.queryForObject("SELECT count(*) FROM reminder_mail WHERE status = 'SENT' AND occurrence_on = ?",
                Long.class, rungDay);
        long distinct = jdbc.queryForObject("SELECT count(DISTINCT watch_key) FROM reminder_mail WHERE occurrence_on = ?",
                Long.class, rungDay);
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        StringBuilder text = new StringBuilder("# Reminders falling due at once (PostgreSQL, one node)\n\n")
                .append(COUNT).append(" applications waiting for their reply draft, each claimed by one person; every reply ")
                .append("clock's first rung (5 working days before the due day) goes out at ").append(escalation.sendAt())
                .append(" on ").append(rungDay).append(". The day before, ").append(WARM_UP).append(" others had their ")
                .append("rung (the node runs warm), and at ").append(escalation.recheckAt()).append(" every watch read its ")
                .append("clock again, as each morning. The job executor as the application configures it; mails to a real ")
                .append("SMTP server (GreenMail) in the same JVM.\n\n")
                .append("| measure | value |\n|---|---|\n")
                .append(String.format("| seeded (applications, claims, clocks, watches) | %.0f s |%n", (seeded - seedStart) / 1e9))
                .append(String.format("| every watch planned by the job executor, after the seeding | %.0f s |%n",
                        (planned - seeded) / 1e9))
                .append(String.format("| the morning re-check of %d watches | %.1f s |%n", WARM_UP + COUNT,
                        (rechecked - recheckStart) / 1e9))
                .append(String.format("| **from %s until the last of the %d mails reached the SMTP server** | **%.1f s** |%n",
                        escalation.sendAt(), COUNT, (allSent - start) / 1e9))
                .append(String.format("| until every watch had planned its next rung | %.1f s |%n", (settled - start) / 1e9))
                .append("| SMTP connections opened for them | ").append(smtpConnections.opened() - connectionsBefore)
                .append(" |\n")
                .append("| mails received by the SMTP server (both days) | ").append(mails).append(" |\n")
                .append("| mails of the day in the mail log (SENT) | ").append(logged).append(" |\n")
                .append("| clocks told that day | ").append(distinct).append(" |\n")
                .append("| incidents | ").append(incidents).append(" |\n")
                .append(String.format("| CPU from %s until every watch had planned: the node (its JVM less the SMTP server's "
                        + "threads; compiler and garbage collector included) | %.1f s, %.1f ms per reminder |%n",
                        escalation.sendAt(), (jvmCpu - smtpCpu) / 1e9, (jvmCpu - smtpCpu) / 1e6 / COUNT))
                .append(String.format("| the SMTP server (GreenMail's threads in the same JVM) | %.1f s |%n", smtpCpu / 1e9))
                .append(postgresCpu < 0 ? "| PostgreSQL | not readable |\n"
                        : String.format("| PostgreSQL (its processes on this machine) | %.1f s, %.1f ms per reminder |%n",
                                postgresCpu / 1e9, postgresCpu / 1e6 / COUNT))
                .append(String.format("| PostgreSQL's work on the tables (pg_stat_user_tables; does not drift with the "
                        + "machine's speed): table reads (index and sequential scans) / rows written | %.1f / %.1f per reminder |%n",
                        (double) work.tableReads() / COUNT, (double) work.rowsWritten() / COUNT))
                .append(String.format("| the machine's capacity over that time (%d cores) | %.1f s |%n%n",
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors() * (settled - start) / 1e9))
                .append("Mails recorded in the mail log, seconds after ").append(escalation.sendAt()).append(": ");
        progress.forEach(p -> text.append(p[0]).append(" s ").append(p[1]).append("; "));
        text.append("\n\n").append(statementsOfTheBurst);
        System.out.println(text);
        cn.gongkai.BenchmarkReport.write("reminders", text.toString());
        assertThat(mails).as("each mail once").isEqualTo(WARM_UP + COUNT);
        assertThat(logged).isEqualTo(COUNT);
        assertThat(distinct).isEqualTo(COUNT);
    }

    private Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(this.time.zone()).toInstant());
    }

    /** The receipt day whose reply clock's first rung (5 working days before the due day) is on {@code rungDay}. */
    private LocalDate receiptFor(LocalDate rungDay) {
        LocalDate dueDay = workingDays.dueDate(rungDay, 5).dueOn();
        LocalDate receivedOn = rungDay.minusDays(60);
        while (!workingDays.dueDate(receivedOn, 20).dueOn().equals(dueDay)) {
            receivedOn = receivedOn.plusDays(1);
        }
        return receivedOn;
    }

    /** Applications at 检索并拟办 of 政策法规处, claimed by {@value #HOLDER}, their clocks and watches. */
    private void seed(int first, int count, LocalDate receivedOn) throws Exception {
        int batch = 100;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = first; from < first + count; from += batch) {
                int start = from;
                int end = Math.min(first + count, from + batch);
                done.add(pool.submit(() -> transactions.executeWithoutResult(tx -> {
                    for (int i = start; i < end; i++) {
                        seedOne(i, receivedOn);
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void seedOne(int i, LocalDate receivedOn) {
        String code = String.format("YS2026-BNCH-%04d-%04d", i / 10_000, i % 10_000);
        Long id = jdbc.queryForObject("""
                INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, description,
                    status, division, submitted_at, received_on)
                VALUES (?, 'IN_PERSON', 'NATURAL_PERSON', '申请人', '基准测试：提醒', 'IN_PROGRESS', 'policy', CURRENT_TIMESTAMP, ?)
                RETURNING id""", Long.class, code, receivedOn);
        Map<String, Object> v = new HashMap<>();
        v.put("requestId", id);
        v.put("trackingCode", code);
        v.put("division", "policy");
        v.put("handlerGroup", "policy");
        v.put("handlerHeadGroup", "policy-head");
        Date replyDueAt = time.endOfDay(LocalDate.of(2026, 12, 31)); // RequestSync.sync sets the real one
        v.put("replyDueAt", replyDueAt);
        v.put("replyDueCycle", "R/" + replyDueAt.toInstant() + "/P1D");
        String pi = engine.getRuntimeService().createProcessInstanceByKey("disclosure-request").businessKey(code)
                .setVariables(v).startBeforeActivity("user_draft_reply").execute(true, true).getId();
        jdbc.update("UPDATE disclosure_request SET process_instance_id = ? WHERE id = ?", pi, id);
        Task draft = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        engine.getTaskService().claim(draft.getId(), HOLDER);
        ledger.record(id, new ClockEvent(0, ClockEventType.RECEIVED, receivedOn, "disclosure", "公开办", "当面提交",
                null, time.now()), "基准测试");
        sync.sync(id);
    }

    private void awaitNoExecutableJobs(int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (engine.getManagementService().createJobQuery().executable().count() == 0
                    && jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL", Long.class) == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("jobs still running after " + seconds + " s");
    }
}
