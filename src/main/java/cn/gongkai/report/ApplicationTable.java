package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Section 三 of the annual report (收到和处理政府信息公开申请情况): every row of the 2021 format in
 * order, and the columns in which the cross-check 一 + 二 = 三（七） + 四 fails.
 */
public record ApplicationTable(List<ReportRow> rows, List<BalanceProblem> problems) {

    public static final String NEW = "new";
    public static final String CARRIED_OVER = "carriedOver";
    public static final String RESULTS = "results";
    public static final String TOTAL = "total";
    public static final String CARRIED_FORWARD = "carriedForward";

    /** The note in the top-left cell of the table, verbatim. */
    public static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public ApplicationTable {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public ReportRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no row " + key));
    }

    public boolean balanced() {
        return problems.isEmpty();
    }

    public List<ApplicantType> columns() {
        return List.of(ApplicantType.values());
    }
}
