package cn.gongkai.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Works a process instance's single open task as a person does in Tasklist: claim, then submit the form. */
public final class TaskDriver {

    private final ProcessEngine engine;
    private final AsUser as;

    public TaskDriver(ProcessEngine engine) {
        this.engine = engine;
        this.as = new AsUser(engine.getIdentityService());
    }

    public AsUser as() {
        return as;
    }

    public Task task(ProcessInstance pi) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
        if (tasks.size() != 1) {
            throw new IllegalStateException("expected one open task, found " + tasks);
        }
        return tasks.get(0);
    }

    /** The user claims the open task (unless it is theirs already) and submits its form. */
    public void submit(ProcessInstance pi, String user, Map<String, Object> variables) {
        Task task = task(pi);
        as.run(user, () -> {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getFormService().submitTaskForm(task.getId(), variables);
        });
    }
}
