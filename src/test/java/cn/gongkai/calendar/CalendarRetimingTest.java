package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import cn.gongkai.GongkaiTest;
import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.consultation.ConsultationRepository;
import cn.gongkai.correction.CorrectionProcess;
import cn.gongkai.correction.CorrectionService;
import cn.gongkai.escalation.DeadlineRemindersProcess;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.TaskDriver;
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
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When a year's holiday schedule arrives, the applicant's period to supplement, the proactive
 * 20-working-day publication deadline, and the reply periods of requests to correct a record and of
 * consultations are counted again like the reply deadline: the variables, the timers, the open tasks
 * and the reminders move, and the timers then fire on the new day. Dates by hand; the test's 2027
 * has 01-01 and 01-04 off.
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

    @Autowired
    CorrectionService corrections;
    @Autowired
    ConsultationRepository consultations;

    RequestDriver driver;
    ProactiveDrafts drafts;
    TaskDriver tasks;
    Path file;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new RequestDriver(engine, intake);
        drafts = new ProactiveDrafts(engine);
        tasks = new TaskDriver(engine);
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

    @Test
    void aRequestToCorrectARecordHasItsReplyPeriodCountedAgain() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-21T02:00:00Z")));
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "REGISTERED_MAIL");
        form.put("receivedOn", "2026-12-21");
        form.put("applicantName", "新疆某某科技有限公司");
        form.put("contactPhone", "0991-1234567");
        form.put("record", "本委2026年第3号公告所列企业名单中本公司的统一社会信用代码");
        form.put("requestedCorrection", "统一社会信用代码应为 91650100MA78XXXXXX");
        form.put("evidence", "营业执照复印件一份");
        ProcessInstance pi = started(CorrectionProcess.KEY, form);
        String code = pi.getBusinessKey();
        // 20 WD after Mon 12-21, 2027 unknown: Dec 22-25 (4), 28-31 (8), Jan 1 (9), Jan 4-8 (14), 11-15 (19), Mon Jan 18 (20)
        assertThat(corrections.find(code).orElseThrow().dueOn()).hasToString("2027-01-18");
        assertThat(watchedDueOn(Matter.correction(code).watchKey(WatchedClock.CORRECTION_REPLY))).isEqualTo("2027-01-18");

        publish2027();
        // Dec 28-31 (8), Jan 1 off, Jan 4 off, Jan 5-8 (12), 11-15 (17), 18-20 (20) → Wed Jan 20
        assertThat(corrections.find(code).orElseThrow().dueOn()).hasToString("2027-01-20");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(CorrectionProcess.DUE_AT.name(), endOf("2027-01-20"));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), CorrectionProcess.SUMMARY.name()))
                .contains("**答复期限** 2027-01-20");
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(endOf("2027-01-20"));
        assertThat(watchedDueOn(Matter.correction(code).watchKey(WatchedClock.CORRECTION_REPLY))).isEqualTo("2027-01-20");
    }

    @Test
    void aConsultationHasItsAnswerPeriodCountedAgain() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-21T02:00:00Z")));
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "LETTER");
        form.put("receivedOn", "2026-12-21");
        form.put("askerName", "钱伟");
        form.put("subject", "依申请公开的收费标准");
        form.put("question", "申请公开政府信息是否收费？");
        ProcessInstance pi = started(ConsultationProcess.KEY, form);
        String code = pi.getBusinessKey();
        // 10 WD after Mon 12-21, 2027 unknown: Dec 22-25 (4), 28-31 (8), Jan 1 (9), Mon Jan 4 (10)
        assertThat(consultations.findByTrackingCode(code).orElseThrow().dueOn()).hasToString("2027-01-04");
        assertThat(watchedDueOn(Matter.consultation(code).watchKey(WatchedClock.CONSULTATION_ANSWER)))
                .isEqualTo("2027-01-04");

        publish2027();
        // Dec 28-31 (8), Jan 1 off, Jan 4 off, Jan 5 (9), Wed Jan 6 (10)
        assertThat(consultations.findByTrackingCode(code).orElseThrow().dueOn()).hasToString("2027-01-06");
        BpmnAwareTests.assertThat(pi).variables().containsEntry(ConsultationProcess.ANSWER_DUE_ON.name(), "2027-01-06")
                .containsEntry(ConsultationProcess.ANSWER_DUE_AT.name(), endOf("2027-01-06"));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), ConsultationProcess.SUMMARY.name()))
                .contains("**答复期限** 2027-01-06");
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(endOf("2027-01-06"));
        assertThat(watchedDueOn(Matter.consultation(code).watchKey(WatchedClock.CONSULTATION_ANSWER)))
                .isEqualTo("2027-01-06");
    }

    ProcessInstance started(String key, Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult().getId();
        return tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, form));
    }

    /** The due day the matter's reminder watch plans for, after its due jobs have run (as the job executor would). */
    String watchedDueOn(String watchKey) {
        var runtime = engine.getRuntimeService();
        var management = engine.getManagementService();
        String watch = runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                .processInstanceBusinessKey(watchKey).singleResult().getId();
        for (int round = 0; round < 10; round++) {
            var due = management.createJobQuery().processInstanceId(watch).executable().list();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        return (String) runtime.getVariable(watch, DeadlineRemindersProcess.DUE_ON.name());
    }
}
