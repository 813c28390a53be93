package cn.gongkai.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Listens to a user task on both sides, as task listener and as the activity's end listener: when
 * the task is created it may prepare the form ({@link #created}), when it is completed it notes who
 * completed it, and when the activity ends (not cancelled) it hands on what was entered
 * ({@link #ended}). An exception thrown there reaches Tasklist as it is and the task stays open.
 */
public abstract class UserTaskListener implements TaskListener, ExecutionListener {

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Reviewers.noteCompletedBy(task);
        }
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
            ended(execution, Reviewers.completedBy(execution));
        }
    }

    /** The task was created: by default nothing to do. */
    protected void created(DelegateTask task) {
    }

    /** The activity ended after the task was completed by {@code completedBy}. */
    protected abstract void ended(DelegateExecution execution, String completedBy);
}
