package cn.gongkai.escalation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The history level {@value #NAME} ({@code camunda.bpm.history-level}): the engine's {@code full} history
 * for everything, except the steps of the reminder watches ({@value DeadlineRemindersProcess#KEY}). A
 * watch wakes up for every rung of every clock; under {@code full} each rung wrote some twenty history
 * rows (activities, variable changes and their details, job log) that nobody reads: what a watch did
 * is in the mail log ({@code reminder_mail}) and the staff page 提醒记录. With 10,000 reminders falling
 * due at once, history was a third of the time (docs/operations.md, "Reminders falling due together").
 *
 * <p>Kept for watches: their start and end (so that Cockpit's history and the history cleanup find
 * them), incidents and failed jobs (what an operator at 3 a.m. needs). Everything else — applications,
 * proactive items, consultations and the rest — keeps the full audit trail.
 *
 * <p>Registered as a custom history level (Camunda's documented extension point). Its id is that of
 * {@code full}, so that a database written with {@code full} needs no change, and a node may go back
 * to {@code full} at any time.
 */
@Component
public class WatchHistory extends AbstractProcessEnginePlugin implements HistoryLevel {

    public static final String NAME = "full-except-watch-steps";

    /** What a watch does not record: its activities, its variables, and its jobs unless they fail. */
    private static final Set<HistoryEventTypes> STEPS = EnumSet.of(
            HistoryEventTypes.ACTIVITY_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
            HistoryEventTypes.ACTIVITY_INSTANCE_END,
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
            HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

    /** Whether a process definition (by id) is a watch's; definitions are few and never change. */
    private final Map<String, Boolean> watchDefinitions = new ConcurrentHashMap<>();
    private final Function<String, String> definitionKeys;

    public WatchHistory() {
        this(WatchHistory::deployedKey);
    }

    /** For tests: how a process definition id becomes its key. */
    WatchHistory(Function<String, String> definitionKeys) {
        this.definitionKeys = definitionKeys;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(this);
    }

    @Override
    public int getId() {
        return HISTORY_LEVEL_FULL.getId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (entity == null || !(eventType instanceof HistoryEventTypes type) || !STEPS.contains(type)) {
            return HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
        }
        String definitionId = definitionId(entity);
        return definitionId == null || !watchDefinitions.computeIfAbsent(definitionId,
                id -> DeadlineRemindersProcess.KEY.equals(definitionKeys.apply(id)));
    }

    /** The process definition an event's entity belongs to; null when it belongs to none (or is unknown). */
    private static String definitionId(Object entity) {
        if (entity instanceof DelegateExecution execution) {
            return execution.getProcessDefinitionId();
        }
        if (entity instanceof VariableInstance variable) {
            return variable.getProcessDefinitionId();
        }
        if (entity instanceof Job job) {
            return job.getProcessDefinitionId();
        }
        return null;
    }

    /** The key of a deployed process definition, from the engine's deployment cache; null if it has gone. */
    private static String deployedKey(String definitionId) {
        try {
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitionId);
            return definition == null ? null : definition.getKey();
        } catch (ProcessEngineException deleted) {
            return null;
        }
    }

    @Override
    public String toString() {
        return NAME;
    }
}
