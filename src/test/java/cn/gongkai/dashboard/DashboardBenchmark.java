package cn.gongkai.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.BenchmarkReport;
import cn.gongkai.escalation.ReminderMails;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.PostgresTestDatabase;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long the supervisors' and a division's dashboard takes on PostgreSQL as a year's applications grow:
 * 1,000, 10,000 and 100,000 received over the last 12 months, one in ten still open, each with its clock
 * (received; replied) and four reminder mails (the mail log), spread over the demo agency's divisions ({@code mvn -Pbenchmark verify};
 * {@code -Dgongkai.dashboard.levels=…}; target/benchmark-dashboard.md; nothing is asserted about time).
 */
@SpringBootTest
@ActiveProfiles("test")
class DashboardBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("gongkai.dashboard.levels", "1000,10000,100000")
            .split(",")).map(String::trim).map(Integer::valueOf).toList();
    static final String[] DIVISIONS = {"policy", "planning", "informatization", "sme"};

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    Dashboard dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AgencyTime clock;
    @Autowired
    ReminderMails mails;

    @Test
    void dashboardTimeAsTheYearsApplicationsGrow() {
        StringBuilder table = new StringBuilder("| applications in 12 months (open) | reminder mails | whole agency (supervisors) "
                + "| one division | 提醒记录: the latest 200 | one person's latest 200 |\n|---|---|---|---|---|---|\n");
        int stored = 0;
        for (int size : LEVELS) {
            for (int from = stored; from < size; from += 20_000) {
                insert(Math.min(20_000, size - from), from);
            }
            stored = size;
            jdbc.execute("ANALYZE");
            long open = jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_request WHERE replied_on IS NULL", Long.class);
            long reminders = jdbc.queryForObject("SELECT COUNT(*) FROM reminder_mail", Long.class);
            Dashboard.View agency = dashboard.view(Scope.agency("全机关"));
            assertThat(agency.tables()).isNotEmpty();
            table.append("| ").append(String.format("%,d (%,d)", size, open)).append(" | ")
                    .append(String.format("%,d", reminders)).append(" | ")
                    .append(median(() -> dashboard.view(Scope.agency("全机关")))).append(" | ")
                    .append(median(() -> dashboard.view(new Scope("policy", "政策法规处")))).append(" | ")
                    .append(median(() -> mails.latest(null, 200))).append(" | ")
                    .append(median(() -> mails.latest("policy-staff", 200))).append(" |\n");
            System.out.println("DASHBOARD " + size + ": " + table);
        }
        String text = "# Dashboard (PostgreSQL)\n\nMedian of 3 builds of the dashboard's tables (`Dashboard.view`).\n\n" + table;
        System.out.println(text);
        BenchmarkReport.write("dashboard", text);
    }

    private static String median(Runnable work) {
        return String.format("%,d ms", BenchmarkReport.medianMillis(work));
    }

    /** Applications received over the last year; nine in ten replied within 1–30 days, the others open. */
    void insert(int count, int offset) {
        Random random = new Random(offset + 5L);
        LocalDate today = clock.today();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate received = today.minusDays(1 + random.nextInt(360));
            boolean open = random.nextInt(10) == 0;
            LocalDate replied = open ? null : received.plusDays(1 + random.nextInt(30));
            if (replied != null && replied.isAfter(today)) {
                replied = today;
            }
            rows.add(new Object[] {"DB-" + (offset + i), DIVISIONS[random.nextInt(DIVISIONS.length)], received,
                    received.plusDays(28), replied});
        }
        jdbc.batchUpdate("INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, description, "
                + "status, division, submitted_at, received_on, reply_due_on, replied_on, outcome) VALUES (?, 'ONLINE', "
                + "'NATURAL_PERSON', '申请人', '基准测试', ?, ?, CURRENT_TIMESTAMP, ?, ?, ?, ?)", rows, 5_000,
                (PreparedStatement ps, Object[] r) -> {
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, r[4] == null ? "IN_PROGRESS" : "CLOSED");
                    ps.setString(3, (String) r[1]);
                    ps.setDate(4, Date.valueOf((LocalDate) r[2]));
                    ps.setDate(5, Date.valueOf((LocalDate) r[3]));
                    ps.setDate(6, r[4] == null ? null : Date.valueOf((LocalDate) r[4]));
                    ps.setString(7, r[4] == null ? null : "DISCLOSED");
                });
        jdbc.update("INSERT INTO clock_event (request_id, event_type, occurred_on, recorded_at) SELECT id, 'RECEIVED', "
                + "received_on, CURRENT_TIMESTAMP FROM disclosure_request r WHERE tracking_code LIKE 'DB-%' "
                + "AND NOT EXISTS (SELECT 1 FROM clock_event e WHERE e.request_id = r.id)");
        jdbc.update("INSERT INTO clock_event (request_id, event_type, occurred_on, recorded_at) SELECT id, 'REPLIED', "
                + "replied_on, CURRENT_TIMESTAMP FROM disclosure_request r WHERE tracking_code LIKE 'DB-%' AND replied_on IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM clock_event e WHERE e.request_id = r.id AND e.event_type = 'REPLIED')");
        // four rungs of the reply clock's reminders, at 09:00, to the division's drafter
        jdbc.update("INSERT INTO reminder_mail (watch_key, matter, clock, rung_offset, occurrence_on, due_on, recipient, "
                + "recipient_name, email, subject, status, recorded_at, sent_at) SELECT 'request:' || r.tracking_code || '/REPLY', "
                + "'request:' || r.tracking_code, 'REPLY', g.k, r.received_on + g.k * 5, r.reply_due_on, r.division || '-staff', "
                + "'起草人', r.division || '-staff@gongkai.example', '答复期限提醒', 'SENT', "
                + "(r.received_on + g.k * 5) + TIME '01:00', (r.received_on + g.k * 5) + TIME '01:00' "
                + "FROM disclosure_request r CROSS JOIN (VALUES (1), (2), (3), (4)) AS g(k) WHERE r.tracking_code LIKE 'DB-%' "
                + "AND NOT EXISTS (SELECT 1 FROM reminder_mail m WHERE m.matter = 'request:' || r.tracking_code)");
    }
}
