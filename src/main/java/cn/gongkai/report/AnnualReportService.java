package cn.gongkai.report;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.consultation.ConsultationRepository;
import cn.gongkai.legal.LegalCases;
import cn.gongkai.request.ApplicantType;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.OutcomeGroup;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.system.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual report of a year from the records, in the 2021 national format
 * (国办公开办函〔2021〕30号). The same records give the same report whenever it is run: every
 * count depends only on stored dates and outcomes, none on today's date.
 */
@Service
public class AnnualReportService {

    /** The first year a report can be asked for, and how far ahead. */
    static final int FIRST_YEAR = 2008;

    /** The key prefix of a group row (（三）不予公开 …), followed by the OutcomeGroup name. */
    static final String GROUP = "group:";

    private final ReportQueries queries;
    private final AgencyProperties agency;
    private final ReportEntries entries;
    private final LegalCases cases;
    private final ConsultationRepository consultations;
    private final RequestRepository requests;

    AnnualReportService(ReportQueries queries, AgencyProperties agency, ReportEntries entries, LegalCases cases,
            ConsultationRepository consultations, RequestRepository requests) {
        this.queries = queries;
        this.agency = agency;
        this.entries = entries;
        this.cases = cases;
        this.consultations = consultations;
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public AnnualReport build(int year) {
        checkYear(year);
        ReportEntry entry = entries.find(year).orElse(null);
        ReportQueries.SectionThreeCounts section = queries.sectionThree(year);
        return new AnnualReport(year, agency.name(), proactive(year, entry), applications(section), (int) section.anomalies(),
                new CaseTable(cases.countsForYear(year)), consultations.countByChannel(year), requests.feesPaidYuan(year),
                entry);
    }

    /** The applications behind one cell of section 三; {@code column} null for 总计. */
    @Transactional(readOnly = true)
    public List<ReportApplication> cell(int year, String row, ApplicantType column) {
        checkYear(year);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (ReportQueries.SELECTIONS.containsKey(row)) {
            where.append(ReportQueries.SELECTIONS.get(row));
        } else if (ApplicationTable.TOTAL.equals(row)) {
            where.append(ReportQueries.SELECTIONS.get(ApplicationTable.RESULTS)).append(" AND outcome IS NOT NULL");
        } else if (row != null && row.startsWith(GROUP) && group(row.substring(GROUP.length())) != null) {
            OutcomeGroup group = group(row.substring(GROUP.length()));
            where.append(ReportQueries.SELECTIONS.get(ApplicationTable.RESULTS)).append(" AND outcome IN (:outcomes)");
            params.put("outcomes", Arrays.stream(Outcome.values()).filter(o -> o.group() == group).map(Enum::name).toList());
        } else if (row != null && Arrays.stream(Outcome.values()).anyMatch(o -> o.name().equals(row))) {
            where.append(ReportQueries.SELECTIONS.get(ApplicationTable.RESULTS)).append(" AND outcome = :outcome");
            params.put("outcome", row);
        } else {
            Problems.reject("row", "「行」无法识别：" + row);
        }
        if (column != null) {
            where.insert(0, "(").append(") AND applicant_type = :column");
            params.put("column", column.name());
        }
        return queries.applications(where.toString(), params, year);
    }

    /** The label of a row of section 三, by its key; the key itself if there is no such row. */
    public String rowLabel(String key) {
        return switch (key) {
            case ApplicationTable.NEW -> "一、本年新收政府信息公开申请数量";
            case ApplicationTable.CARRIED_OVER -> "二、上年结转政府信息公开申请数量";
            case ApplicationTable.TOTAL -> "（七）总计";
            case ApplicationTable.CARRIED_FORWARD -> "四、结转下年度继续办理";
            default -> key.startsWith(GROUP) && group(key.substring(GROUP.length())) != null
                    ? group(key.substring(GROUP.length())).row()
                    : Arrays.stream(Outcome.values()).filter(o -> o.name().equals(key)).map(Outcome::reportRow)
                            .findFirst().orElse(key);
        };
    }

    @Transactional(readOnly = true)
    public List<ReportApplication> anomalies(int year) {
        checkYear(year);
        return queries.anomalies(year);
    }

    private ApplicationTable applications(ReportQueries.SectionThreeCounts section) {
        Map<Outcome, Map<ApplicantType, Long>> results = section.results();
        List<ReportRow> rows = new ArrayList<>();
        Map<ApplicantType, Long> newThisYear = section.newThisYear();
        Map<ApplicantType, Long> carriedOver = section.carriedOver();
        Map<ApplicantType, Long> carriedForward = section.carriedForward();
        rows.add(ReportRow.counted(ApplicationTable.NEW, rowLabel(ApplicationTable.NEW), 0, newThisYear));
        rows.add(ReportRow.counted(ApplicationTable.CARRIED_OVER, rowLabel(ApplicationTable.CARRIED_OVER), 0, carriedOver));
        rows.add(ReportRow.heading(ApplicationTable.RESULTS, "三、本年度办理结果"));
        Map<ApplicantType, Long> total = new EnumMap<>(ApplicantType.class);
        for (OutcomeGroup group : OutcomeGroup.values()) {
            List<Outcome> outcomes = Arrays.stream(Outcome.values()).filter(o -> o.group() == group).toList();
            boolean single = outcomes.size() == 1;
            if (!single) {
                Map<ApplicantType, Long> sum = new EnumMap<>(ApplicantType.class);
                outcomes.forEach(o -> add(sum, results.getOrDefault(o, Map.of())));
                rows.add(ReportRow.counted(GROUP + group.name(), group.row(), 1, sum));
            }
            for (Outcome o : outcomes) {
                Map<ApplicantType, Long> counts = results.getOrDefault(o, Map.of());
                rows.add(ReportRow.counted(o.name(), o.reportRow(), single ? 1 : 2, counts));
                add(total, counts);
            }
        }
        rows.add(ReportRow.counted(ApplicationTable.TOTAL, rowLabel(ApplicationTable.TOTAL), 1, total));
        rows.add(ReportRow.counted(ApplicationTable.CARRIED_FORWARD, rowLabel(ApplicationTable.CARRIED_FORWARD), 0,
                carriedForward));

        List<BalanceProblem> problems = new ArrayList<>();
        List<ApplicantType> columns = new ArrayList<>(List.of(ApplicantType.values()));
        columns.add(null);
        for (ApplicantType column : columns) {
            long n = value(newThisYear, column);
            long c = value(carriedOver, column);
            long r = value(total, column);
            long f = value(carriedForward, column);
            if (n + c != r + f) {
                problems.add(new BalanceProblem(column, n, c, r, f));
            }
        }
        return new ApplicationTable(rows, problems);
    }

    /**
     * What was published. 废止 counts the repeals recorded in the catalogue (有效性), plus what staff
     * entered for documents that were never in the catalogue; 现行有效 is what was published up to the
     * year's end less both.
     */
    private ProactiveSummary proactive(int year, ReportEntry entry) {
        Map<String, Long> byCategory = queries.publishedByCategory(year);
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        double rate = total == 0 ? 0 : (double) queries.publishedInFullElectronicText(year) / total;
        Map<DocumentType, ProactiveSummary.DocumentCounts> documents = new EnumMap<>(DocumentType.class);
        for (DocumentType type : List.of(DocumentType.REGULATION, DocumentType.NORMATIVE_DOCUMENT)) {
            boolean regulations = type == DocumentType.REGULATION;
            long[] counts = queries.documents(type, year);
            Integer entered = entry == null ? null : regulations ? entry.regulationsRepealed() : entry.normativeRepealed();
            long[] recorded = queries.repealed(type, year);
            long repealedSoFar = entries.repealedUpTo(year, regulations) + recorded[1];
            documents.put(type, new ProactiveSummary.DocumentCounts(counts[0], (entered == null ? 0 : entered) + recorded[0],
                    Math.max(0, counts[1] - repealedSoFar)));
        }
        return new ProactiveSummary(total, byCategory, rate, documents);
    }

    private static void add(Map<ApplicantType, Long> sum, Map<ApplicantType, Long> counts) {
        counts.forEach((t, n) -> sum.merge(t, n, Long::sum));
    }

    private static long value(Map<ApplicantType, Long> counts, ApplicantType column) {
        return column == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(column, 0L);
    }

    private static OutcomeGroup group(String name) {
        return Arrays.stream(OutcomeGroup.values()).filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > 9999) {
            Problems.reject("year", "「年度」应为 " + FIRST_YEAR + " 年以后的四位年份");
        }
    }
}
