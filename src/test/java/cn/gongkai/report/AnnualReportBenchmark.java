package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.request.ApplicantType;
import cn.gongkai.request.Outcome;
import cn.gongkai.system.PostgresTestDatabase;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * How long the annual report takes on PostgreSQL with 1,000, 10,000, 100,000 and 1,000,000 applications
 * ({@code mvn -Pbenchmark verify}; not part of the normal build; {@code -Dgongkai.report.levels=…} for others). Results go to the console and to
 * target/benchmark-report.md; nothing is asserted about time.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnnualReportBenchmark {

    private static final String DATABASE = PostgresTestDatabase.newDatabase();
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("gongkai.report.levels",
            "1000,10000,100000,1000000").split(",")).map(String::trim).map(Integer::valueOf).toList();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.use(registry, () -> DATABASE);
    }

    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reportTimeFromAThousandToAMillionApplications() throws Exception {
        StringBuilder table = new StringBuilder("| applications | report (median of 5 runs) | section 三 total |\n|---|---|---|\n");
        int stored = 0;
        for (int size : LEVELS) {
            for (int from = stored; from < size; from += 100_000) {
                insert(Math.min(100_000, size - from), from);
            }
            stored = size;
            jdbc.execute("ANALYZE disclosure_request");
            reports.build(2031);
            List<Long> runs = new ArrayList<>();
            AnnualReport report = null;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                report = reports.build(2031);
                runs.add((System.nanoTime() - start) / 1_000_000);
            }
            runs.sort(null);
            assertThat(report.applications().balanced()).isTrue();
            table.append("| ").append(String.format("%,d", size)).append(" | ").append(runs.get(2)).append(" ms | ")
                    .append(report.applications().row(ApplicationTable.TOTAL).total()).append(" |\n");
        }
        String text = "Annual report on PostgreSQL (applications received 2030–2031, report for 2031)\n\n" + table;
        System.out.println(text);
        cn.gongkai.BenchmarkReport.write("report", text);
    }

    /** Applications received over 2030 and 2031, most answered within two months, with every outcome and type. */
    void insert(int count, int offset) {
        Random random = new Random(offset + 42L);
        ApplicantType[] types = ApplicantType.values();
        Outcome[] outcomes = Outcome.values();
        LocalDate first = LocalDate.of(2030, 1, 1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate received = first.plusDays(random.nextInt(730));
            boolean answered = random.nextInt(10) > 0;
            LocalDate replied = answered ? received.plusDays(1 + random.nextInt(60)) : null;
            rows.add(new Object[] {"YS-B-" + (offset + i), types[random.nextInt(types.length)].name(),
                    Date.valueOf(received), replied == null ? null : Date.valueOf(replied),
                    answered ? outcomes[random.nextInt(outcomes.length)].name() : null});
        }
        jdbc.batchUpdate("INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, "
                + "description, status, submitted_at, received_on, replied_on, outcome) VALUES (?, 'ONLINE', ?, '申请人', "
                + "'基准测试', ?, ?, ?, ?, ?)", rows, 5_000, (PreparedStatement ps, Object[] r) -> {
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setString(3, r[3] == null ? "IN_PROGRESS" : "CLOSED");
                    ps.setObject(4, OffsetDateTime.parse("2030-01-01T00:00:00Z"));
                    ps.setDate(5, (Date) r[2]);
                    ps.setDate(6, (Date) r[3]);
                    ps.setString(7, (String) r[4]);
                });
    }
}
