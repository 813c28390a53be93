package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;

/**
 * A column in which the format's cross-check fails: 一 (new) + 二 (carried over) must equal
 * 三（七） (results) + 四 (carried forward).
 *
 * @param column the applicant column; null for 总计
 */
public record BalanceProblem(ApplicantType column, long newThisYear, long carriedOver, long results,
        long carriedForward) {

    public String columnLabel() {
        return column == null ? "总计" : column.label();
    }

    /** In Chinese, for the report page. */
    public String description() {
        return "「" + columnLabel() + "」列：一（" + newThisYear + "）+ 二（" + carriedOver + "）= " + (newThisYear + carriedOver)
                + "，而 三（七）（" + results + "）+ 四（" + carriedForward + "）= " + (results + carriedForward);
    }
}
