package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;
import cn.gongkai.system.PublicApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/annual/{year}}: the annual report's data — the section 三 table with its
 * cross-check, section 二's first block and the seed-style figures. No personal data: the
 * applications behind a cell are for staff only (/staff/reports/annual/{year}).
 */
@PublicApi
@RestController
class ReportApiController {

    private final AnnualReportService reports;

    ReportApiController(AnnualReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/annual/{year}")
    ReportResponse annual(@PathVariable String year) {
        return ReportResponse.of(reports.build(Years.parse(year)));
    }

    record ReportResponse(int year, String agency, Proactive proactive, Applications applications,
            Consultations consultations, Total reconsiderations, Total lawsuits, CaseCells cases, Fees fees,
            Entered entered) {

        static ReportResponse of(AnnualReport report) {
            ProactiveSummary p = report.proactive();
            Map<String, ProactiveSummary.DocumentCounts> documents = new LinkedHashMap<>();
            p.documents().forEach((type, counts) -> documents.put(type.name(), counts));
            ApplicationTable t = report.applications();
            Map<String, Long> outcomes = new LinkedHashMap<>();
            report.outcomes().forEach((o, n) -> outcomes.put(o.name(), n));
            Map<String, Long> byType = new LinkedHashMap<>();
            report.byApplicantType().forEach((type, n) -> byType.put(type.name(), n));
            List<Row> rows = t.rows().stream().map(Row::of).toList();
            return new ReportResponse(report.year(), report.agency(),
                    new Proactive(p.total(), p.byCategory(), p.fullTextElectronicRate(), documents),
                    new Applications(t.row(ApplicationTable.NEW).total(), t.row(ApplicationTable.CARRIED_OVER).total(),
                            t.row(ApplicationTable.CARRIED_FORWARD).total(), outcomes, byType,
                            new Table(ApplicationTable.BALANCE_NOTE,
                                    List.of(ApplicantType.values()).stream().map(c -> new Column(c.name(), c.label())).toList(),
                                    rows),
                            t.balanced(), t.problems().stream().map(BalanceProblem::description).toList(), report.anomalies()),
                    Consultations.of(report), new Total(report.cases().reconsiderations()),
                    new Total(report.cases().lawsuits()), new CaseCells(report.cases().cells()),
                    new Fees(report.feesCollectedYuan()), Entered.of(report));
        }
    }

    /** @param documents 规章 / 行政规范性文件: issued this year, repealed this year, in force at its end */
    record Proactive(long total, Map<String, Long> byCategory, double fullTextElectronicRate,
            Map<String, ProactiveSummary.DocumentCounts> documents) {
    }

    /**
     * @param balanced whether 一 + 二 = 三（七） + 四 holds in every column
     * @param anomalies how many applications' records contradict the table (staff see which)
     */
    record Applications(long newThisYear, long carriedOver, long carriedForward, Map<String, Long> outcomes,
            Map<String, Long> byApplicantType, Table table, boolean balanced, List<String> balanceProblems,
            int anomalies) {
    }

    record Table(String note, List<Column> columns, List<Row> rows) {
    }

    record Column(String code, String label) {
    }

    /** @param counts applicant type → count, and {@code total}; null for the heading row 三 */
    record Row(String key, String label, int level, Map<String, Long> counts, Long total) {

        static Row of(ReportRow r) {
            if (r.heading()) {
                return new Row(r.key(), r.label(), r.level(), null, null);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            r.counts().forEach((type, n) -> counts.put(type.name(), n));
            return new Row(r.key(), r.label(), r.level(), counts, r.total());
        }
    }

    /**
     * What staff entered for the year through the annual-report process: its status, and once final
     * the narrative parts and the figures from other systems (null while not entered).
     */
    record Entered(String status, String overview, String problems, String otherMatters, Integer licensing,
            Integer penalties, Integer enforcement, java.math.BigDecimal feesTenThousandYuan) {

        static Entered of(AnnualReport report) {
            ReportEntry e = report.finalEntry();
            String status = report.entry() == null ? null : report.entry().status().name();
            return e == null ? new Entered(status, null, null, null, null, null, null, null)
                    : new Entered(status, e.overview(), e.problems(), e.otherMatters(), e.licensing(), e.penalties(),
                            e.enforcement(), e.feesTenThousandYuan());
        }
    }

    /** Consultations (咨询) received in the year: the total and channel → count. */
    record Consultations(long total, Map<String, Long> byChannel) {

        static Consultations of(AnnualReport report) {
            Map<String, Long> byChannel = new LinkedHashMap<>();
            report.consultations().forEach((channel, n) -> byChannel.put(channel.name(), n));
            return new Consultations(report.consultationsTotal(), byChannel);
        }
    }

    /** Information-processing fees (109号) paid in the year, in yuan. */
    record Fees(long collectedYuan) {
    }

    /** Cases brought in the year (行政复议; 行政诉讼, direct and after reconsideration). */
    record Total(long total) {
    }

    /**
     * Section 四's 15 cells: for 行政复议, 未经复议直接起诉 and 复议后起诉 in turn, 结果维持, 结果纠正,
     * 其他结果, 尚未审结 and 总计.
     */
    record CaseCells(List<Long> cells) {
    }
}
