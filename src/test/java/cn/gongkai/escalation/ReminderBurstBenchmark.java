package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.StatementLog;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.request.RequestSync;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.PostgresTestDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * as configured, plans every watch; then the engine's clock is set to 09:00 and the time until every
 * mail has reached a real SMTP server (GreenMail) is measured. Each mail must arrive exactly once:
 * checked against the mail log and the server. Results go to target/benchmark-reminders.md; nothing is
 * asserted about time.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class ReminderBurstBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final int COUNT = Integer.getInteger("gongkai.reminders.count", 10_000);
    static final String HOLDER = "policy-staff";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
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

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void tenThousandRemindersFallingDueAtOnce() throws Exception {
        // the day the first rungs go out: a working day, and the receipt day that puts them there
        LocalDate rungDay = workingDays.dueDate(LocalDate.of(2026, 12, 4), 1).dueOn();
        LocalDate dueDay = workingDays.dueDate(rungDay, 5).dueOn();
        LocalDate receivedOn = rungDay.minusDays(60);
        while (!workingDays.dueDate(receivedOn, 20).dueOn().equals(dueDay)) {
            receivedOn = receivedOn.plusDays(1);
        }
        // planned after the morning's re-check (08:30), so that only the rung's timers fall due at 09:00
        ClockUtil.setCurrentTime(Date.from(rungDay.atTime(8, 45).atZone(time.zone()).toInstant()));

        long seedStart = System.nanoTime();
        seed(receivedOn);
        long seeded = System.nanoTime();
        awaitNoExecutableJobs(600);
        long planned = System.nanoTime();
        long waiting = engine.getManagementService().createJobQuery().timers()
                .activityId(DeadlineRemindersProcess.TIMER_REMINDER_DUE).count();
        assertThat(waiting).as("reminder timers waiting").isEqualTo(COUNT);
        assertThat(smtp.getReceivedMessages()).as("nothing sent before 09:00").isEmpty();

        Date nine = Date.from(rungDay.atTime(escalation.sendAt()).atZone(time.zone()).toInstant());
        // -Dgongkai.statement-log=true: PostgreSQL logs the burst's statements (use a small count)
        StatementLog statements = new StatementLog(jdbc);
        statements.on(true);
        long start = System.nanoTime();
        ClockUtil.setCurrentTime(nine);
        List<long[]> progress = new ArrayList<>();
        long lastReport = start;
        int received = 0;
        while (received < COUNT && System.nanoTime() - start < 600_000_000_000L) {
            Thread.sleep(received < COUNT * 9 / 10 ? 1000 : 100); // GreenMail's count copies its whole mailbox
            received = smtp.getReceivedMessages().length;
            if (System.nanoTime() - lastReport >= 5_000_000_000L) {
                lastReport = System.nanoTime();
                progress.add(new long[] {(lastReport - start) / 1_000_000_000, received});
                System.out.printf("REMINDERS %d s: %d of %d mails%n", (lastReport - start) / 1_000_000_000, received, COUNT);
            }
        }
        long allSent = System.nanoTime();
        awaitNoExecutableJobs(600);
        long settled = System.nanoTime();
        statements.off(true);

        int mails = smtp.getReceivedMessages().length;
        long logged = jdbc.queryForObject("SELECT count(*) FROM reminder_mail WHERE status = 'SENT'", Long.class);
        long distinct = jdbc.queryForObject("SELECT count(DISTINCT watch_key) FROM reminder_mail", Long.class);
        long incidents = engine.getRuntimeService().createIncidentQuery().count();
        StringBuilder text = new StringBuilder("# 10,000 reminders falling due at once (PostgreSQL, one node)\n\n")
                .append(COUNT).append(" applications waiting for their reply draft, each claimed by one person; every reply ")
                .append("clock's first rung (5 working days before ").append(dueDay).append(") goes out at ")
                .append(escalation.sendAt()).append(" on ").append(rungDay).append(". The job executor as the application ")
                .append("configures it, mails to a real SMTP server (GreenMail) in the same JVM.\n\n")
                .append("| measure | value |\n|---|---|\n")
                .append(String.format("| seeded (applications, claims, clocks, watches) | %.0f s |%n", (seeded - seedStart) / 1e9))
                .append(String.format("| every watch planned by the job executor | %.0f s |%n", (planned - seeded) / 1e9))
                .append(String.format("| **from %s until the last mail reached the SMTP server** | **%.1f s** |%n",
                        escalation.sendAt(), (allSent - start) / 1e9))
                .append(String.format("| until every watch had planned its next rung | %.1f s |%n", (settled - start) / 1e9))
                .append("| mails received by the SMTP server | ").append(mails).append(" |\n")
                .append("| mails in the mail log (SENT) | ").append(logged).append(" |\n")
                .append("| clocks told | ").append(distinct).append(" |\n")
                .append("| incidents | ").append(incidents).append(" |\n\n")
                .append("Mails received, seconds after ").append(escalation.sendAt()).append(": ");
        progress.forEach(p -> text.append(p[0]).append(" s ").append(p[1]).append("; "));
        text.append('\n');
        System.out.println(text);
        cn.gongkai.BenchmarkReport.write("reminders", text.toString());
        assertThat(mails).as("each mail once").isEqualTo(COUNT);
        assertThat(logged).isEqualTo(COUNT);
        assertThat(distinct).isEqualTo(COUNT);
    }

    /** Applications at 检索并拟办 of 政策法规处, claimed by {@value #HOLDER}, their clocks and watches. */
    private void seed(LocalDate receivedOn) throws Exception {
        int batch = 100;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < COUNT; from += batch) {
                int start = from;
                int end = Math.min(COUNT, from + batch);
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
