package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which history events the level {@value WatchHistory#NAME} produces, event by event. */
class WatchHistoryTest {

    static final Map<String, String> KEYS = Map.of("watch-definition", DeadlineRemindersProcess.KEY,
            "application-definition", "disclosure-request");

    final WatchHistory level = new WatchHistory(KEYS::get);

    @ParameterizedTest(name = "{0} of {1} ({2}): {3}")
    @CsvSource({
            // the engine asks without an entity whether a kind of event is produced at all: as full
            "ACTIVITY_INSTANCE_START, none, , true",
            "JOB_SUCCESS, none, , true",
            // a watch's steps
            "ACTIVITY_INSTANCE_START, execution, watch-definition, false",
            "ACTIVITY_INSTANCE_END, execution, watch-definition, false",
            "VARIABLE_INSTANCE_CREATE, variable, watch-definition, false",
            "VARIABLE_INSTANCE_UPDATE, variable, watch-definition, false",
            "VARIABLE_INSTANCE_UPDATE_DETAIL, variable, watch-definition, false",
            "JOB_CREATE, job, watch-definition, false",
            "JOB_SUCCESS, job, watch-definition, false",
            "JOB_DELETE, job, watch-definition, false",
            // what a watch keeps
            "PROCESS_INSTANCE_START, execution, watch-definition, true",
            "PROCESS_INSTANCE_END, execution, watch-definition, true",
            "JOB_FAIL, job, watch-definition, true",
            // everything else: full
            "ACTIVITY_INSTANCE_START, execution, application-definition, true",
            "VARIABLE_INSTANCE_UPDATE_DETAIL, variable, application-definition, true",
            "JOB_SUCCESS, job, application-definition, true",
            "VARIABLE_INSTANCE_UPDATE, variable, , true",
            "JOB_SUCCESS, job, , true",
            "ACTIVITY_INSTANCE_START, execution, a-definition-deleted-meanwhile, true",
    })
    void producesFullHistoryExceptAWatchsSteps(HistoryEventTypes event, String entity, String definitionId, boolean produced) {
        Object subject = switch (entity) {
            case "none" -> null;
            case "execution" -> {
                ExecutionEntity execution = new ExecutionEntity();
                execution.setProcessDefinitionId(definitionId);
                yield execution;
            }
            case "variable" -> {
                VariableInstanceEntity variable = new VariableInstanceEntity();
                variable.setProcessDefinitionId(definitionId);
                yield variable;
            }
            case "job" -> {
                MessageEntity job = new MessageEntity();
                job.setProcessDefinitionId(definitionId);
                yield job;
            }
            default -> throw new IllegalArgumentException(entity);
        };
        assertThat(level.isHistoryEventProduced(event, subject)).isEqualTo(produced);
    }

    @Test
    void isRecordedInTheDatabaseAsFullHistory() {
        assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(level.getName()).isEqualTo("full-except-watch-steps");
    }
}
