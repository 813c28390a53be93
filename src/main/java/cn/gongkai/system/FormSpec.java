package cn.gongkai.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one Camunda Form ({@code forms/*.form}) as the person filling it sees them: key,
 * label, whether it is required, and its limits. The server reads a task's input against these, so
 * labels and limits are written once, in the form.
 */
public final class FormSpec {

    /** A text field without maxLength may still not exceed the engine's string variable. */
    public static final int DEFAULT_MAX_LENGTH = 4000;

    public record Field(String key, String label, String type, boolean required, Integer maxLength, Integer min,
            Integer max, List<String> values) {
    }

    private final String id;
    private final Map<String, Field> fields;

    FormSpec(String id, Map<String, Field> fields) {
        this.id = id;
        this.fields = fields;
    }

    public static FormSpec of(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new FormSpec(form.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key")) {
                JsonNode v = c.path("validate");
                fields.put(c.get("key").asText(), new Field(c.get("key").asText(), label(c),
                        c.path("type").asText(), v.path("required").asBoolean(false), integer(v, "maxLength"),
                        integer(v, "min"), integer(v, "max"),
                        c.has("values") ? c.get("values").findValuesAsText("value") : List.of()));
            }
            if (c.has("components")) {
                collect(c.get("components"), fields);
            }
        }
    }

    /** A date field shows its {@code dateLabel}. */
    private static String label(JsonNode c) {
        for (String name : List.of("label", "dateLabel", "timeLabel")) {
            if (c.hasNonNull(name) && !c.get(name).asText().isBlank()) {
                return c.get(name).asText();
            }
        }
        return c.get("key").asText();
    }

    private static Integer integer(JsonNode validate, String name) {
        JsonNode n = validate.get(name);
        return n != null && n.isNumber() ? n.intValue() : null;
    }

    public String id() {
        return id;
    }

    public Map<String, Field> fields() {
        return fields;
    }

    public Field field(String key) {
        Field f = fields.get(key);
        if (f == null) {
            throw new IllegalArgumentException("form " + id + " has no field " + key);
        }
        return f;
    }
}
