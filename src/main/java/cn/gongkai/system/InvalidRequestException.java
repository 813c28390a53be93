package cn.gongkai.system;

import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Bad input, with every offending field named. The public API answers it with 400
 * problem+json; inside the process engine (a form submitted in Tasklist) it is the engine's own
 * {@link NotValidException}, so Tasklist shows its message and the task stays open.
 */
public class InvalidRequestException extends NotValidException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder("输入有误：");
        for (int i = 0; i < problems.size(); i++) {
            FieldProblem p = problems.get(i);
            if (i > 0) {
                sb.append("；");
            }
            sb.append(p.message()).append("（").append(p.field()).append("）");
        }
        return sb.toString();
    }
}
