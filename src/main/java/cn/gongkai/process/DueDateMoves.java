package cn.gongkai.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a running matter's due date where the engine keeps it: the process variables that carry it
 * (and the task summary that shows it) and the due date of every open task, so that Tasklist's
 * filters and sorting follow. Timers are the caller's: each process has its own. After a calendar
 * change, every kind of matter re-times its open ones through {@link #retimeEach}.
 */
@Component
public class DueDateMoves {

    private static final Logger log = LoggerFactory.getLogger(DueDateMoves.class);

    private final RuntimeService runtime;
    private final RunningInstances instances;
    private final TaskService tasks;

    DueDateMoves(RuntimeService runtime, TaskService tasks, RunningInstances instances) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.instances = instances;
    }

    /**
     * Re-times every matter of {@code open} after a calendar change: {@code retime} answers whether its due
     * date moved; one that fails is logged under {@code failure} (a log code) and the others go on.
     *
     * @return how many due dates moved
     */
    public <T> int retimeEach(List<T> open, Predicate<T> retime, Function<T, String> name, String failure) {
        int moved = 0;
        for (T matter : open) {
            try {
                if (retime.test(matter)) {
                    moved++;
                }
            } catch (RuntimeException e) {
                log.error("{} {} could not be re-timed: {}", failure, name.apply(matter), e.getMessage());
            }
        }
        return moved;
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
