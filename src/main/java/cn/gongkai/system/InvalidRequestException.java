package cn.gongkai.system;

import java.util.List;

/** Bad input from the public or a client; answered with 400 and every offending field named. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : problems) {
            if (!sb.isEmpty()) {
                sb.append("；");
            }
            sb.append(p.field()).append("：").append(p.message());
        }
        return sb.toString();
    }
}
