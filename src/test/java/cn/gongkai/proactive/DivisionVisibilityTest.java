package cn.gongkai.proactive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.AsUser;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A division's drafts go to that division's people only; supervisors see everything. */
@GongkaiTest
class DivisionVisibilityTest {

    @Autowired
    ProcessEngine engine;

    ProactiveDrafts drafts;
    AsUser as;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        drafts = new ProactiveDrafts(engine);
        as = new AsUser(engine.getIdentityService());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    List<String> visibleTasks(String user, ProcessInstance pi) {
        return as.call(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list()
                .stream().map(Task::getName).toList());
    }

    @Test
    void onlyTheDraftingDivisionSeesItsHeadReviewAndRevision() {
        ProcessInstance pi = drafts.start("可见性测试", "2026-11-20");

        assertThat(visibleTasks("policy-head", pi)).containsExactly("处室负责人初审");
        assertThat(visibleTasks("planning-head", pi)).isEmpty();
        assertThat(visibleTasks("planning-staff", pi)).isEmpty();
        assertThat(visibleTasks("policy-staff", pi)).isEmpty();
        assertThat(visibleTasks("secrecy", pi)).isEmpty();
        assertThat(visibleTasks("supervisor", pi)).containsExactly("处室负责人初审");

        drafts.decide(pi, "policy-head", false, "请补充依据");
        assertThat(visibleTasks("policy-staff", pi)).containsExactly("修改草稿");
        assertThat(visibleTasks("policy-liaison", pi)).containsExactly("修改草稿");
        assertThat(visibleTasks("planning-staff", pi)).isEmpty();
        assertThat(visibleTasks("sme-head", pi)).isEmpty();
    }

    @Test
    void theConfidentialityReviewIsSeenOnlyByConfidentialityReviewers() {
        ProcessInstance pi = drafts.start("保密审查可见性", "2026-11-20");
        drafts.decide(pi, "policy-head", true, "");
        assertThat(visibleTasks("secrecy", pi)).containsExactly("保密审查");
        assertThat(visibleTasks("policy-head", pi)).isEmpty();
        assertThat(visibleTasks("office", pi)).isEmpty();
        assertThat(visibleTasks("leader", pi)).isEmpty();
    }
}
