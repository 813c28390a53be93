package cn.gongkai.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one reader of submitted fields, whatever their source: a Camunda Form (values may arrive as
 * strings, numbers of any width or dates), the public JSON API, a page's form or query parameters.
 * Every problem names its field with the label the person saw, and all are thrown at once by
 * {@link #validate()}.
 * <p>
 * A task form's fields carry their labels, limits and required flags in the {@code .form} itself;
 * read with {@link FormSpec} ({@code process/TaskForms} finds the task's), the short methods
 * ({@link #text(String)}, {@link #date(String)}…) take them from there, so they are written once.
 */
public final class Fields {

    private final Map<String, ?> values;
    private final ZoneId zone;
    private final FormSpec form;
    private final Problems problems = new Problems();

    public Fields(Map<String, ?> values, ZoneId zone) {
        this(values, zone, null);
    }

    public Fields(Map<String, ?> values, ZoneId zone, FormSpec form) {
        this.values = values == null ? Map.of() : values;
        this.zone = zone;
        this.form = form;
    }

    // ------------------------------------------------------------ labelled by the caller

    public String text(String field, String label, int max, boolean required) {
        Object raw = values.get(field);
        if (raw != null && !(raw instanceof CharSequence)) {
            problem(field, "「" + label + "」应为文本");
            return null;
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            if (required) {
                problem(field, "「" + label + "」必须填写");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            problem(field, "「" + label + "」不能超过 " + max + " 个字");
            return null;
        }
        return value;
    }

    /** An integer in [min, max]; absent gives {@code fallback}, and is a problem when that is null. */
    public Integer integer(String field, String label, int min, int max, Integer fallback) {
        Object raw = values.get(field);
        if (raw == null || raw.toString().isBlank()) {
            if (fallback == null) {
                problem(field, "「" + label + "」必须填写");
            }
            return fallback;
        }
        double value;
        try {
            value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().strip());
        } catch (NumberFormatException e) {
            problem(field, "「" + label + "」应为整数，收到「" + raw + "」");
            return null;
        }
        if (value != Math.rint(value) || value < min || value > max) {
            problem(field, "「" + label + "」应为 " + min + " 到 " + max + " 之间的整数");
            return null;
        }
        return (int) value;
    }

    /** true or false; absent is false unless required. */
    public Boolean bool(String field, String label, boolean required) {
        Object raw = values.get(field);
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                problem(field, "「" + label + "」必须选择");
            }
            return required ? null : false;
        }
        problem(field, "「" + label + "」只能是 true 或 false，收到「" + raw + "」");
        return null;
    }

    /** A day as yyyy-MM-dd (a Camunda Form's date-time is cut to its day), or a {@link Date} in the agency's zone. */
    public LocalDate date(String field, String label, boolean required) {
        Object raw = values.get(field);
        if (raw instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), zone);
        }
        String value = raw == null ? "" : raw.toString().strip();
        if (value.isEmpty()) {
            if (required) {
                problem(field, "「" + label + "」必须填写");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problem(field, "「" + label + "」格式应为 yyyy-MM-dd，收到「" + value + "」");
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String label, Class<E> type, boolean required) {
        String value = text(field, label, 60, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、"));
            problem(field, "「" + label + "」取值无效「" + value + "」，可选值：" + allowed);
            return null;
        }
    }

    /** One of {@code allowed} (codes from the configuration, such as the catalogue's categories). */
    public String oneOf(String field, String label, Set<String> allowed, boolean required) {
        String value = text(field, label, 60, required);
        if (value != null && !allowed.contains(value)) {
            problem(field, "「" + label + "」取值无效「" + value + "」，可选值：" + String.join("、", allowed));
            return null;
        }
        return value;
    }

    // ------------------------------------------------------------ labelled, limited and required by the form

    public String text(String field) {
        return text(field, spec(field).required());
    }

    /**
     * As the form declares it (label, maxLength, and for a select or radio its options), except that
     * {@code required} says whether it must be filled here.
     */
    public String text(String field, boolean required) {
        FormSpec.Field f = spec(field);
        String value = text(field, f.label(), f.maxLength() == null ? FormSpec.DEFAULT_MAX_LENGTH : f.maxLength(), required);
        if (value != null && !f.values().isEmpty() && !f.values().contains(value)) {
            problem(field, "「" + f.label() + "」取值无效「" + value + "」，可选值：" + String.join("、", f.values()));
            return null;
        }
        return value;
    }

    public Integer integer(String field, Integer fallback) {
        FormSpec.Field f = spec(field);
        return integer(field, f.label(), f.min() == null ? 0 : f.min(), f.max() == null ? Integer.MAX_VALUE : f.max(),
                fallback);
    }

    public Boolean bool(String field) {
        FormSpec.Field f = spec(field);
        return bool(field, f.label(), f.required());
    }

    public LocalDate date(String field) {
        return date(field, spec(field).required());
    }

    public LocalDate date(String field, boolean required) {
        return date(field, spec(field).label(), required);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        return choice(field, type, spec(field).required());
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        return choice(field, spec(field).label(), type, required);
    }

    /** The label the form shows for {@code field}. */
    public String label(String field) {
        return spec(field).label();
    }

    private FormSpec.Field spec(String field) {
        if (form == null) {
            throw new IllegalStateException("no form to read the label of " + field + " from");
        }
        return form.field(field);
    }

    // ------------------------------------------------------------ the rest

    public boolean has(String field) {
        return values.get(field) != null;
    }

    public boolean absent(String field) {
        Object v = values.get(field);
        return v == null || v.toString().isBlank();
    }

    /** Refuses every field not in {@code known} (a public API takes only what it documents). */
    public void refuseUnknown(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                problem(key, "不支持的字段");
            }
        }
    }

    public void problem(String field, String message) {
        problems.add(field, message);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws {@link InvalidRequestException} naming every bad field, if there is one. */
    public void validate() {
        problems.throwIfAny();
    }
}
