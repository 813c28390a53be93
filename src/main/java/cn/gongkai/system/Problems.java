package cn.gongkai.system;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of an input, then throws them all at once. */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    /** Adds every problem of an exception already thrown, so that they are named together with these. */
    public Problems addAll(List<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    public static void reject(String field, String message) {
        new Problems().add(field, message).throwIfAny();
    }
}
