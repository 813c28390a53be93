package cn.gongkai.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;

/** Who decided, by name, and what the decision was about. */
public final class Reviewers {

    private static final String COMPLETED_BY = "decisionCompletedBy";

    private Reviewers() {
    }

    static String nameOf(DelegateExecution execution, String userId) {
        if (userId == null) {
            return "未署名";
        }
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || user.getFirstName() == null || user.getFirstName().isBlank()) {
            return userId;
        }
        return user.getFirstName();
    }

    /** What the decision is about: the item's title, else the application's tracking code. */
    static String subjectOf(VariableScope scope, String processInstanceId) {
        Object title = scope.getVariable("title");
        if (title != null) {
            return title.toString();
        }
        Object code = scope.getVariable("trackingCode");
        return code != null ? code.toString() : processInstanceId;
    }
}
