package cn.gongkai.report;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What staff wrote and entered for a year's report: the narrative parts 一 (总体情况), 五 (存在的
 * 主要问题及改进情况) and 六 (其他需要报告的事项), and the figures from other systems. A figure not
 * entered yet is null.
 *
 * @param feesTenThousandYuan 行政事业性收费, in 万元 as the format asks
 */
public record ReportEntry(int year, String overview, String problems, String otherMatters, Integer licensing,
        Integer penalties, Integer enforcement, BigDecimal feesTenThousandYuan, Integer regulationsRepealed,
        Integer normativeRepealed, Status status, String updatedBy, Instant updatedAt, String approvedBy,
        Instant approvedAt) {

    public enum Status {
        DRAFT("草稿，待审核"),
        FINAL("已定稿");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
