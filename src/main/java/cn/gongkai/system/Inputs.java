package cn.gongkai.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads values submitted through Camunda Forms or the engine API, which may arrive as strings,
 * numbers of any width or dates, and records a problem naming the field when one is wrong.
 */
public final class Inputs {

    private Inputs() {
    }

    public static String text(Object raw, String field, String label, int max, boolean required, Problems problems) {
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(field, "「" + label + "」必须填写");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            problems.add(field, "「" + label + "」不能超过 " + max + " 个字");
            return null;
        }
        return value;
    }

    public static Integer integer(Object raw, String field, String label, int min, int max, Integer fallback,
            Problems problems) {
        if (raw == null || raw.toString().isBlank()) {
            if (fallback == null) {
                problems.add(field, "「" + label + "」必须填写");
            }
            return fallback;
        }
        double value;
        try {
            value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().strip());
        } catch (NumberFormatException e) {
            problems.add(field, "「" + label + "」应为整数，收到「" + raw + "」");
            return null;
        }
        if (value != Math.rint(value) || value < min || value > max) {
            problems.add(field, "「" + label + "」应为 " + min + " 到 " + max + " 之间的整数");
            return null;
        }
        return (int) value;
    }

    public static Boolean bool(Object raw, String field, String label, boolean required, Problems problems) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                problems.add(field, "「" + label + "」必须选择");
            }
            return required ? null : false;
        }
        problems.add(field, "「" + label + "」只能是 true 或 false，收到「" + raw + "」");
        return null;
    }

    public static LocalDate date(Object raw, String field, String label, boolean required, ZoneId zone,
            Problems problems) {
        if (raw instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), zone);
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(field, "「" + label + "」必须填写");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problems.add(field, "「" + label + "」格式应为 yyyy-MM-dd，收到「" + value + "」");
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(Object raw, String field, String label, Class<E> type, boolean required,
            Problems problems) {
        String value = text(raw, field, label, 60, required, problems);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(field, "「" + label + "」取值无效「" + value + "」");
            return null;
        }
    }
}
