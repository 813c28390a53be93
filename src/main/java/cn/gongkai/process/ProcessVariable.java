package cn.gongkai.process;

import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A process variable declared once with its name and type. Delegates, listeners, services and
 * tests read and write variables through these declarations, never through bare strings.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    public static ProcessVariable<Long> longInt(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, or null when the variable is not set. */
    public T get(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** The value from a map of variables (a form submission, a test), or null. */
    public T get(Map<String, ?> variables) {
        return cast(variables.get(name));
    }

    /**
     * Sets the value, unless the variable holds it already: with history level full an unchanged
     * value would still cost a history look-up, an update and a detail row.
     */
    public void set(VariableScope scope, T value) {
        if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    /** Sets the value on this scope only (a task's own variable), not on the process; unless it is set already. */
    public void setLocal(VariableScope scope, T value) {
        if (!scope.hasVariableLocal(name) || !Objects.equals(scope.getVariableLocal(name), value)) {
            scope.setVariableLocal(name, value);
        }
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    private T cast(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        throw new NotValidException("变量 " + name + " 的类型应为 " + type.getSimpleName() + "，实际为 "
                + value.getClass().getSimpleName());
    }

    @Override
    public String toString() {
        return name;
    }
}
