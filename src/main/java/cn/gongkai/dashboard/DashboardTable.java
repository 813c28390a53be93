package cn.gongkai.dashboard;

import java.util.List;

/**
 * One picture of the dashboard with its data: the table is what the page shows beside the chart,
 * what the chart is drawn from and what the workbook exports. The first column names the
 * categories (months, divisions, buckets); each further column is one series of numbers.
 *
 * @param chart how the browser draws it: {@code bar}, {@code line}, {@code pie}, or {@code none}
 * @param markLines values the chart marks with a labelled line (the statutory 20 and 20 + 20
 *        working days), as {@code value:label}
 * @param note what the figures mean, shown under the table
 */
public record DashboardTable(String id, String title, String chart, List<String> columns, List<Row> rows,
        List<String> markLines, String note) {

    /** A row; {@code link}, where the row's category leads (the list behind a bar, a matter's file). */
    public record Row(List<Object> cells, String link) {

        public static Row of(Object... cells) {
            return new Row(List.of(cells), null);
        }

        public static Row linked(String link, Object... cells) {
            return new Row(List.of(cells), link);
        }
    }

    public DashboardTable {
        rows = List.copyOf(rows);
        markLines = markLines == null ? List.of() : List.copyOf(markLines);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
