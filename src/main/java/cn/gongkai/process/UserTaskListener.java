package cn.gongkai.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The one idiom for what a user task's form hands on: the task names its listener as the activity's
 * end listener (and, when it prepares the form, as its create listener). When the task is created it
 * may prepare the form ({@link #created}); when the activity ends (not cancelled) it checks and
 * records what was entered ({@link #ended}), with who completed the task ({@link CompletedBy}). An
 * exception thrown there reaches Tasklist as it is and the task stays open.
 */
public abstract class UserTaskListener implements TaskListener, ExecutionListener {

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            CompletedBy.note(task); // process versions released before CompletedBy named this listener on complete
        }
    }

    @Override
    public final void notify(DelegateExecution execution) {
        if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
            ended(execution, CompletedBy.of(execution));
        }
    }

    /** The task was created: by default nothing to do. */
    protected void created(DelegateTask task) {
    }

    /** The activity ended after the task was completed by {@code completedBy}. */
    protected abstract void ended(DelegateExecution execution, String completedBy);
}
