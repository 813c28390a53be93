package cn.gongkai.review;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A reviewer's decision as submitted. The engine does not validate Camunda Form input, so this is
 * where "approved is required" and "a comment is required when sending back" are enforced.
 */
public record ReviewDecision(boolean approved, String comment) {

    static final int MAX_COMMENT_LENGTH = 2000;

    /** The decision submitted into the scope's variables {@code approved} and {@code comment}. */
    public static ReviewDecision from(VariableScope scope) {
        return of(scope.getVariable(ReviewVariables.APPROVED.name()), scope.getVariable(ReviewVariables.COMMENT.name()));
    }

    static ReviewDecision of(Object approved, Object comment) {
        List<String> problems = new ArrayList<>();
        Boolean decision = null;
        if (approved instanceof Boolean b) {
            decision = b;
        } else if ("true".equals(approved) || "false".equals(approved)) {
            decision = Boolean.valueOf((String) approved);
        } else if (approved == null) {
            problems.add("「审核结论」（approved）必须选择：同意或退回");
        } else {
            problems.add("「审核结论」（approved）只能是 true 或 false，收到「" + approved + "」");
        }
        String text = comment == null ? "" : comment.toString().strip();
        if (Boolean.FALSE.equals(decision) && text.isEmpty()) {
            problems.add("「审核意见」（comment）退回时必须填写，说明退回理由");
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            problems.add("「审核意见」（comment）不能超过 " + MAX_COMMENT_LENGTH + " 个字");
        }
        if (!problems.isEmpty()) {
            throw new NotValidException("无法提交：" + String.join("；", problems));
        }
        return new ReviewDecision(decision, text);
    }
}
