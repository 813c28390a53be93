package cn.gongkai.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocks 2 to 4 of section 二: the figures that come from other systems and are entered by staff,
 * with the labels of the 2021 format.
 *
 * @param item the header row, e.g. 第二十条第（五）项
 * @param measure the column, e.g. 本年处理决定数量
 * @param figures row label → value (null while not entered)
 */
public record FigureBlock(String item, String measure, Map<String, Number> figures) {

    public static final String TO_ENTER = "（待填报）";

    /** The three blocks, with the figures of a final entry (or none). */
    public static List<FigureBlock> of(ReportEntry entry) {
        Map<String, Number> licensing = new LinkedHashMap<>();
        licensing.put("行政许可", entry == null ? null : entry.licensing());
        Map<String, Number> decisions = new LinkedHashMap<>();
        decisions.put("行政处罚", entry == null ? null : entry.penalties());
        decisions.put("行政强制", entry == null ? null : entry.enforcement());
        Map<String, Number> fees = new LinkedHashMap<>();
        fees.put("行政事业性收费", entry == null ? null : entry.feesTenThousandYuan());
        return List.of(new FigureBlock("第二十条第（五）项", "本年处理决定数量", licensing),
                new FigureBlock("第二十条第（六）项", "本年处理决定数量", decisions),
                new FigureBlock("第二十条第（八）项", "本年收费金额（单位：万元）", fees));
    }

    /** A value as the report prints it. */
    public static String text(Number value) {
        if (value == null) {
            return TO_ENTER;
        }
        return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
