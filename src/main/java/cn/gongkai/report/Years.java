package cn.gongkai.report;

import cn.gongkai.system.Problems;

/** A report year from a path or form value, with a clear error naming the field. */
public final class Years {

    private Years() {
    }

    public static int parse(String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            Problems.reject("year", "「年度」应为四位年份，如 2026");
        }
        return Integer.parseInt(value.strip());
    }
}
