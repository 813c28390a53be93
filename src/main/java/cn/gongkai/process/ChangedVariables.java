package cn.gongkai.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Writes to a process instance only the variables whose values differ from what it holds. With
 * history level full every write of a variable costs a history look-up, an update and a detail row,
 * also when the value did not change; services that bring a whole set of variables up to date
 * (RequestSync after every step of an application) write through this.
 */
public final class ChangedVariables {

    private ChangedVariables() {
    }

    /** @return how many variables were written */
    public static int set(RuntimeService runtime, String executionId, Map<String, ?> values) {
        Map<String, Object> current = runtime.getVariables(executionId, values.keySet());
        Map<String, Object> changed = new HashMap<>();
        values.forEach((name, value) -> {
            if (!current.containsKey(name) || !Objects.equals(current.get(name), value)) {
                changed.put(name, value);
            }
        });
        if (!changed.isEmpty()) {
            runtime.setVariables(executionId, changed);
        }
        return changed.size();
    }
}
