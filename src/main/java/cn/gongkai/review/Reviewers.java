package cn.gongkai.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Who decided: the task's assignee, else the authenticated caller. Noted by the task's complete
 * listener in a transient variable (never stored) for the end listener that records the decision.
 */
public final class Reviewers {

    private static final String COMPLETED_BY = "decisionCompletedBy";

    private Reviewers() {
    }

    /** On task complete: remember who completed the task for the activity's end listener. */
    public static void noteCompletedBy(DelegateTask task) {
        String userId = task.getAssignee();
        if (userId == null) {
            Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            userId = auth == null ? null : auth.getUserId();
        }
        task.getExecution().setVariableLocal(COMPLETED_BY, Variables.stringValue(userId, true));
    }

    public static String completedBy(DelegateExecution execution) {
        Object noted = execution.getVariableLocal(COMPLETED_BY);
        if (noted != null) {
            return noted.toString();
        }
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
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
