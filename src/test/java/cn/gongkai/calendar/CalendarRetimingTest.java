package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.gongkai.GongkaiTest;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.proactive.ProactiveDrafts;
import cn.gongkai.request.DisclosureRequestProcess;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When a year's holiday schedule arrives, the applicant's period to supplement and the proactive
 * 20-working-day publication deadline are counted again like the reply deadline: the variables,
 * the timers and the open tasks move, and the timers then fire on the new day. Dates by hand;
 * the test's 2027 has 01-01 and 01-04 off.
 */
@GongkaiTest
class CalendarRetimingTest {

    static final String TEST_2027 = """
            year: 2027
            holidays:
              - { name: 元旦, from: 2027-01-01, to: 2027-01-01 }
              - { name: 测试假日, from: 2027-01-04, to: 2027-01-04 }
            """;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;
    @Autowired
    CalendarStore calendarStore;
    @Autowired
    CalendarProperties calendarProperties;

    RequestDriver driver;
    ProactiveDrafts drafts;
    Path file;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new RequestDriver(engine, intake);
        drafts = new ProactiveDrafts(engine);
        file = Path.of(calendarProperties.directory(), "2027.yaml");
    }

    @AfterEach
    void tearDown() throws Exception {
        Files.deleteIfExists(file);
        calendarStore.reload();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    void publish2027() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, TEST_2027);
        calendarStore.reload();
    }

    static Date endOf(String day) {
        return Date.from(Instant.parse(day + "T15:59:59.999Z"));
    }

    @Test
    void theSupplementPeriodMovesWithTheCalendarAndItsTimerFiresOnTheNewDay() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-21T02:00:00Z")));
        ProcessInstance pi = driver.register("IN_PERSON", "2026-12-21", "跨年补正的测试申请");
        driver.askForSupplement(pi, "请写明所需信息的年度。");
        // 15 WD after Mon 12-21, 2027 unknown: Dec 22-25 (4), 28-31 (8), Jan 1 (9), Jan 4-8 (14), Mon Jan 11 (15)
        assertThat(job(DisclosureRequestProcess.TIMER_SUPPLEMENT_DUE, pi).getDuedate()).isEqualTo(endOf("2027-01-11"));

        publish2027();
        // Dec 22-25 (4), 28-31 (8), Jan 1 off, Jan 4 off, Jan 5-8 (12), 11-13 (15) → Wed Jan 13
        assertThat(job(DisclosureRequestProcess.TIMER_SUPPLEMENT_DUE, pi).getDuedate()).isEqualTo(endOf("2027-01-13"));
        assertThat(driver.task(pi).getDueDate()).isEqualTo(endOf("2027-01-13"));
        BpmnAwareTests.assertThat(pi).variables().containsEntry("supplementDueAt", endOf("2027-01-13"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-14T02:00:00Z")));
        execute(job(DisclosureRequestProcess.TIMER_SUPPLEMENT_DUE, pi));
        BpmnAwareTests.assertThat(pi).hasPassed(DisclosureRequestProcess.SERVICE_RECORD_SUPPLEMENT_OVERDUE)
                .isWaitingAt(DisclosureRequestProcess.USER_DRAFT_REPLY);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("fixedOutcome", Outcome.OTHER_SUPPLEMENT_OVERDUE.name());
    }

    @Test
    void thePublicationDeadlineMovesWithTheCalendarAndItsTimerFiresOnTheNewDay() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T02:00:00Z")));
        ProcessInstance pi = drafts.start("关于跨年公开期限的测试通知", "2026-12-10");
        // 20 WD after Thu 12-10, 2027 unknown: Dec 11 (1), 14-18 (6), 21-25 (11), 28-31 (15), Jan 1 (16), Jan 4-7 (20)
        BpmnAwareTests.assertThat(pi).variables().containsEntry("publishDueOn", "2027-01-07");

        publish2027();
        // Dec 28-31 (15), Jan 1 off, Jan 4 off, Jan 5-8 (19), Mon Jan 11 (20)
        BpmnAwareTests.assertThat(pi).variables().containsEntry("publishDueOn", "2027-01-11")
                .containsEntry("publishDueAt", endOf("2027-01-11"));
        assertThat(job(ProactiveDisclosure.TIMER_PUBLICATION_DUE, pi).getDuedate()).isEqualTo(endOf("2027-01-11"));
        assertThat(drafts.task(pi).getDueDate()).isEqualTo(endOf("2027-01-11"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-12T02:00:00Z")));
        execute(job(ProactiveDisclosure.TIMER_PUBLICATION_DUE, pi));
        BpmnAwareTests.assertThat(pi).hasPassed(ProactiveDisclosure.END_OVERDUE_RECORDED)
                .isWaitingAt(ProactiveDisclosure.USER_HEAD_REVIEW);
    }
}
