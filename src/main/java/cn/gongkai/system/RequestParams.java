package cn.gongkai.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads query parameters and collects every problem, so that a caller learns about all bad fields
 * at once. Call {@link #validate()} after reading.
 */
public final class RequestParams {

    private final Map<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    public RequestParams(Map<String, String> values) {
        this.values = values;
    }

    public String optionalText(String name, int maxLength) {
        String value = trimmed(name);
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(name, "不能超过 " + maxLength + " 个字符"));
            return null;
        }
        return value;
    }

    public String optionalChoice(String name, Set<String> allowed) {
        String value = trimmed(name);
        if (value != null && !allowed.contains(value)) {
            problems.add(new FieldProblem(name, "取值无效「" + value + "」，可选值：" + String.join("、", allowed)));
            return null;
        }
        return value;
    }

    public Integer optionalInt(String name, int min, int max) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                problems.add(new FieldProblem(name, "应在 " + min + " 到 " + max + " 之间"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(name, "应为整数，收到「" + value + "」"));
            return null;
        }
    }

    public int intOrDefault(String name, int min, int max, int defaultValue) {
        Integer n = optionalInt(name, min, max);
        return n == null ? defaultValue : n;
    }

    public Integer requiredInt(String name, int min, int max) {
        if (trimmed(name) == null) {
            problems.add(new FieldProblem(name, "必须填写"));
            return null;
        }
        return optionalInt(name, min, max);
    }

    public LocalDate requiredDate(String name) {
        String value = trimmed(name);
        if (value == null) {
            problems.add(new FieldProblem(name, "必须填写，格式为 yyyy-MM-dd"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "日期格式应为 yyyy-MM-dd，收到「" + value + "」"));
            return null;
        }
    }

    public void reject(String name, String message) {
        problems.add(new FieldProblem(name, message));
    }

    /** Throws {@link InvalidRequestException} naming every bad field, if there is one. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private String trimmed(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }
}
