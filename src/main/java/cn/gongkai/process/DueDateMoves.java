package cn.gongkai.process;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Moves a running matter's due date where the engine keeps it: the process variables that carry it
 * (and the task summary that shows it) and the due date of every open task, so that Tasklist's
 * filters and sorting follow. Timers are the caller's: each process has its own.
 */
@Component
public class DueDateMoves {

    private final RuntimeService runtime;
    private final RunningInstances instances;
    private final TaskService tasks;

    DueDateMoves(RuntimeService runtime, TaskService tasks, RunningInstances instances) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.instances = instances;
    }

    /** Sets the variables and the open tasks' due date; false when the process instance has ended. */
    public boolean move(String processInstanceId, Map<String, Object> variables, Date dueAt) {
        if (!instances.running(processInstanceId)) {
            return false;
        }
        runtime.setVariables(processInstanceId, variables);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (!dueAt.equals(task.getDueDate())) {
                tasks.setDueDate(task.getId(), dueAt);
            }
        }
        return true;
    }
}
