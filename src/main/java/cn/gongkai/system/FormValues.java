package cn.gongkai.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a person filled in on a portal form: the named fields that are not blank. */
public final class FormValues {

    private FormValues() {
    }

    public static Map<String, Object> filled(Map<String, String> form, List<String> fields) {
        Map<String, Object> values = new HashMap<>();
        for (String field : fields) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value);
            }
        }
        return values;
    }
}
