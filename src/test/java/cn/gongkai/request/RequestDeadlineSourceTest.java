package cn.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.escalation.DeadlineReading;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.RunningInstances;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clock of an application, as the reminder watches read it: running while the application's
 * process runs; ended once an administrator deleted the process (Cockpit), though the application's
 * record still says it is in progress — no reminder then goes out for it.
 */
@GongkaiTest
class RequestDeadlineSourceTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestDeadlineSource source;
    @Autowired
    RunningInstances instances;

    @Test
    void anApplicationWhoseProcessWasDeletedHasNoClockToRemindOf() {
        ProcessInstance pi = new RequestDriver(engine, intake).register("IN_PERSON",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "2026年全市公共自行车站点布局规划");
        assertThat(instances.running(pi.getId())).isTrue();
        assertThat(source.read(pi.getBusinessKey(), WatchedClock.REPLY).phase()).isEqualTo(DeadlineReading.Phase.RUNNING);

        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "在 Cockpit 中取消");

        assertThat(instances.running(pi.getId())).isFalse();
        assertThat(source.read(pi.getBusinessKey(), WatchedClock.REPLY).phase()).isEqualTo(DeadlineReading.Phase.ENDED);
        assertThat(instances.running(null)).isFalse();
        assertThat(instances.running("no-such-instance")).isFalse();
    }
}
