package cn.gongkai.report;

import cn.gongkai.request.ApplicantType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of section 三: its key (for drill-down), its label verbatim from the 2021 format, its
 * depth in the table (0 for 一/二/三/四, 1 for （一）…（七）, 2 for the numbered sub-rows) and the
 * count per applicant column. A heading row (三、本年度办理结果) carries no numbers.
 */
public record ReportRow(String key, String label, int level, boolean heading, Map<ApplicantType, Long> counts) {

    public ReportRow {
        EnumMap<ApplicantType, Long> all = new EnumMap<>(ApplicantType.class);
        for (ApplicantType t : ApplicantType.values()) {
            all.put(t, counts.getOrDefault(t, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    static ReportRow counted(String key, String label, int level, Map<ApplicantType, Long> counts) {
        return new ReportRow(key, label, level, false, counts);
    }

    static ReportRow heading(String key, String label) {
        return new ReportRow(key, label, 0, true, Map.of());
    }

    public long count(ApplicantType column) {
        return counts.get(column);
    }

    /** The 总计 column: the sum of the six applicant columns. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
