package cn.gongkai.proactive;

import cn.gongkai.escalation.DeadlineReading;
import cn.gongkai.escalation.DeadlineReading.Phase;
import cn.gongkai.escalation.DeadlineSource;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.RunningInstances;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The publication clock of a proactive-disclosure item (20 working days from the day the
 * information was formed or changed), read from its running process instance: it runs until the
 * item is published or withdrawn.
 */
@Component
class ProactiveDeadlineSource implements DeadlineSource {

    private final RuntimeService runtime;
    private final RunningInstances instances;

    ProactiveDeadlineSource(RuntimeService runtime, RunningInstances instances) {
        this.runtime = runtime;
        this.instances = instances;
    }

    @Override
    public String kind() {
        return Matter.PROACTIVE;
    }

    @Override
    public DeadlineReading read(String processInstanceId, WatchedClock clock) {
        if (clock != WatchedClock.PUBLICATION
                || !instances.running(processInstanceId)) {
            return DeadlineReading.ended();
        }
        Map<String, Object> v = runtime.getVariables(processInstanceId);
        if (ProactiveDisclosure.INDEX_NUMBER.get(v) != null || Boolean.TRUE.equals(ProactiveDisclosure.WITHDRAWN.get(v))) {
            return DeadlineReading.ended();
        }
        String dueOn = ProactiveDisclosure.PUBLISH_DUE_ON.get(v);
        List<String> explanation = new ArrayList<>();
        String lines = ProactiveDisclosure.PUBLISH_DUE_EXPLANATION.get(v);
        if (lines != null) {
            explanation.addAll(lines.lines().toList());
        }
        return new DeadlineReading(dueOn == null ? Phase.WAITING : Phase.RUNNING,
                dueOn == null ? null : LocalDate.parse(dueOn), "主动公开事项", ProactiveDisclosure.TITLE.get(v),
                explanation, processInstanceId, ProactiveDisclosure.DIVISION.get(v),
                "/staff/reminders?matter=" + Matter.proactive(processInstanceId).key());
    }
}
