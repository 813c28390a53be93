package cn.gongkai.report;

import cn.gongkai.process.TaskForms;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries staff make for a year's report ({@code annual_report_entry}): checked, saved as a
 * draft by the 填报 task and made final by the disclosure-office head's approval.
 */
@Service
public class ReportEntries {

    /** The form fields of 填报年度报告, declared once. */
    public static final String OVERVIEW = "narrativeOverview";
    public static final String PROBLEMS = "narrativeProblems";
    public static final String OTHER_MATTERS = "narrativeOther";
    public static final String LICENSING = "licensing";
    public static final String PENALTIES = "penalties";
    public static final String ENFORCEMENT = "enforcement";
    public static final String FEES = "feesTenThousandYuan";
    public static final String REGULATIONS_REPEALED = "regulationsRepealed";
    public static final String NORMATIVE_REPEALED = "normativeRepealed";

    /** The engine keeps a text variable in at most 4,000 characters. */
    static final int NARRATIVE_MAX = 4000;
    static final int FIGURE_MAX = 10_000_000;

    private final TaskForms forms;
    private final JdbcClient jdbc;
    private final AgencyTime clock;

    ReportEntries(JdbcClient jdbc, AgencyTime clock, TaskForms forms) {
        this.forms = forms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ReportEntry> find(int year) {
        return jdbc.sql("SELECT report_year, overview, problems, other_matters, licensing, penalties, enforcement, "
                        + "fees_ten_thousand, regulations_repealed, normative_repealed, status, updated_by, updated_at, "
                        + "approved_by, approved_at FROM annual_report_entry WHERE report_year = :y")
                .param("y", year)
                .query((rs, n) -> new ReportEntry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getBigDecimal(8),
                        (Integer) rs.getObject(9), (Integer) rs.getObject(10), ReportEntry.Status.valueOf(rs.getString(11)),
                        rs.getString(12), rs.getObject(13, OffsetDateTime.class).toInstant(), rs.getString(14),
                        rs.getObject(15, OffsetDateTime.class) == null ? null : rs.getObject(15, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Checks and saves the form's values as the year's draft; every problem is named by its field. */
    @Transactional
    public ReportEntry save(int year, Map<String, ?> values, String actor) {
        Fields in = forms.read("annual-report-fill", values);
        String overview = in.text(OVERVIEW, false);
        String issues = in.text(PROBLEMS, false);
        String other = in.text(OTHER_MATTERS, false);
        Integer licensing = count(values.get(LICENSING), LICENSING, "行政许可 本年处理决定数量", in);
        Integer penalties = count(values.get(PENALTIES), PENALTIES, "行政处罚 本年处理决定数量", in);
        Integer enforcement = count(values.get(ENFORCEMENT), ENFORCEMENT, "行政强制 本年处理决定数量", in);
        BigDecimal fees = tenThousandYuan(values.get(FEES), in);
        Integer regulations = count(values.get(REGULATIONS_REPEALED), REGULATIONS_REPEALED, "规章 本年废止件数（目录以外）", in);
        Integer normative = count(values.get(NORMATIVE_REPEALED), NORMATIVE_REPEALED, "行政规范性文件 本年废止件数（目录以外）", in);
        in.validate();
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        Map<String, Object> row = new HashMap<>(); // figures may be empty (null)
        row.put("overview", overview);
        row.put("problems", issues);
        row.put("other", other);
        row.put("licensing", licensing);
        row.put("penalties", penalties);
        row.put("enforcement", enforcement);
        row.put("fees", fees);
        row.put("regulations", regulations);
        row.put("normative", normative);
        row.put("actor", actor);
        row.put("now", now);
        row.put("y", year);
        int updated = jdbc.sql("UPDATE annual_report_entry SET overview = :overview, problems = :problems, "
                        + "other_matters = :other, licensing = :licensing, penalties = :penalties, enforcement = :enforcement, "
                        + "fees_ten_thousand = :fees, regulations_repealed = :regulations, normative_repealed = :normative, "
                        + "status = 'DRAFT', updated_by = :actor, updated_at = :now, approved_by = NULL, approved_at = NULL "
                        + "WHERE report_year = :y")
                .params(row)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO annual_report_entry (report_year, overview, problems, other_matters, licensing, penalties, "
                            + "enforcement, fees_ten_thousand, regulations_repealed, normative_repealed, status, updated_by, "
                            + "updated_at) VALUES (:y, :overview, :problems, :other, :licensing, :penalties, :enforcement, "
                            + ":fees, :regulations, :normative, 'DRAFT', :actor, :now)")
                    .params(row)
                    .update();
        }
        return find(year).orElseThrow();
    }

    /** The disclosure-office head approved: the year's entries are final. */
    @Transactional
    public void approve(int year, String actor) {
        jdbc.sql("UPDATE annual_report_entry SET status = 'FINAL', approved_by = :actor, approved_at = :now WHERE report_year = :y")
                .param("actor", actor).param("now", clock.now().atOffset(ZoneOffset.UTC)).param("y", year).update();
    }

    /** Documents of a kind repealed up to and including the year, as entered year by year. */
    long repealedUpTo(int year, boolean regulations) {
        String column = regulations ? "regulations_repealed" : "normative_repealed";
        return jdbc.sql("SELECT COALESCE(SUM(" + column + "), 0) FROM annual_report_entry WHERE report_year <= :y")
                .param("y", year).query(Long.class).single();
    }

    private static Integer count(Object raw, String field, String label, Fields in) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        return in.integer(field, label, 0, FIGURE_MAX, null);
    }

    private static BigDecimal tenThousandYuan(Object raw, Fields in) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.toString().strip());
            if (value.signum() < 0 || value.scale() > 4 || value.compareTo(BigDecimal.valueOf(FIGURE_MAX)) > 0) {
                in.problem(FEES, "「行政事业性收费 本年收费金额（万元）」应为不小于 0 的金额，最多 4 位小数");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            in.problem(FEES, "「行政事业性收费 本年收费金额（万元）」应为金额，如 12.5，收到「" + raw + "」");
            return null;
        }
    }
}
