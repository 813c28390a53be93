package cn.gongkai.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who completed a user task: its assignee, else the authenticated caller. Noted once, here, for
 * every user task of every process (through the engine's Spring event bridge, so no BPMN has to name
 * a listener for it) in a transient variable of the task's execution, never stored; the task's own
 * {@link UserTaskListener} and the service tasks that follow it in the same transaction read it
 * with {@link #of(DelegateExecution)}.
 */
@Component
public class CompletedBy {

    static final String VARIABLE = "decisionCompletedBy";

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        note(task);
    }

    /** Notes who completes {@code task}; idempotent. */
    public static void note(DelegateTask task) {
        if (task.getExecution() == null) {
            return; // a stand-alone task
        }
        task.getExecution().setVariableLocal(VARIABLE, Variables.stringValue(of(task), true));
    }

    /** Who is completing {@code task}. */
    public static String of(DelegateTask task) {
        String userId = task.getAssignee();
        return userId != null ? userId : caller(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    /** Who completed the user task this execution has just left, else the authenticated caller. */
    public static String of(DelegateExecution execution) {
        Object noted = execution.getVariableLocal(VARIABLE);
        if (noted != null) {
            return noted.toString();
        }
        return caller(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    private static String caller(Authentication auth) {
        return auth == null ? null : auth.getUserId();
    }
}
