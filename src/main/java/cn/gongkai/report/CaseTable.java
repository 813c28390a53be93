package cn.gongkai.report;

import cn.gongkai.legal.CaseKind;
import cn.gongkai.legal.CaseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况): for 行政复议, 未经复议直接起诉 and 复议后起诉, the
 * cases brought in the year by their result at its end, and the total.
 */
public record CaseTable(Map<CaseKind, Map<CaseResult, Long>> counts) {

    public long count(CaseKind kind, CaseResult result) {
        return counts.get(kind).get(result);
    }

    public long total(CaseKind kind) {
        return counts.get(kind).values().stream().mapToLong(Long::longValue).sum();
    }

    public long reconsiderations() {
        return total(CaseKind.RECONSIDERATION);
    }

    public long lawsuits() {
        return total(CaseKind.LAWSUIT_DIRECT) + total(CaseKind.LAWSUIT_AFTER_RECONSIDERATION);
    }

    /** The 15 cells of the table's one data row, in the format's order. */
    public List<Long> cells() {
        List<Long> cells = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            for (CaseResult result : CaseResult.values()) {
                cells.add(count(kind, result));
            }
            cells.add(total(kind));
        }
        return cells;
    }
}
