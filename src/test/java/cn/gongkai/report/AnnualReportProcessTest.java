package cn.gongkai.report;

import static cn.gongkai.report.AnnualReportProcess.END_ALREADY_OPEN;
import static cn.gongkai.report.AnnualReportProcess.END_REPORT_FINAL;
import static cn.gongkai.report.AnnualReportProcess.USER_APPROVE_REPORT;
import static cn.gongkai.report.AnnualReportProcess.USER_FILL_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.process.TaskDriver;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each path of annual-report (and its yearly schedule), worked as staff work it in Tasklist. */
@GongkaiTest
class AnnualReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportEntries entries;
    @Autowired
    AnnualReportService reports;

    TaskDriver tasks;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        tasks = new TaskDriver(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    ProcessInstance start(String user, Object year) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>();
        form.put("reportYear", year);
        return tasks.as().call(user, () -> engine.getFormService().submitStartForm(definition, form));
    }

    static Map<String, Object> filled(String fees) {
        Map<String, Object> v = new HashMap<>();
        v.put("narrativeOverview", "本年度，本委认真贯彻落实《政府信息公开条例》。\n主动公开工作稳步推进。");
        v.put("narrativeProblems", "公开内容的及时性有待提高。");
        v.put("narrativeOther", "本年度未收取信息处理费。");
        v.put("licensing", 12);
        v.put("penalties", 3);
        v.put("enforcement", 0);
        v.put("feesTenThousandYuan", fees);
        v.put("regulationsRepealed", 0);
        v.put("normativeRepealed", 1);
        return v;
    }

    @Test
    void staffPrepareTheReportAndTheHeadMakesItFinalAfterSendingItBackOnce() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T02:00:00Z")));
        assertThatThrownBy(() -> start("disclosure", 2100)).hasMessageContaining("「报告年度」应为 2008 到 2026 之间的整数");
        ProcessInstance pi = start("disclosure", 2025);
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_FILL_REPORT).task().hasCandidateGroup("disclosure-office");
        assertThat(pi.getBusinessKey()).isEqualTo("annual-report/2025");
        // due by 31 January of the next year, at the end of the day in Shanghai
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-01-31T15:59:59.999Z")));
        BpmnAwareTests.assertThat(pi).variables().containsEntry("reportDueOn", "2026-01-31");
        assertThat(BpmnAwareTests.runtimeService().getVariable(pi.getId(), "reportSummary").toString())
                .contains("2025 年度政府信息公开工作年度报告").contains("/staff/reports/annual/2025");
        assertThatThrownBy(() -> start("disclosure", 2025)).hasMessageContaining("2025 年度的年度报告已在编制中");

        assertThatThrownBy(() -> tasks.submit(pi, "disclosure", filled("12.34567")))
                .hasMessageContaining("「行政事业性收费 本年收费金额（万元）」应为不小于 0 的金额，最多 4 位小数");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_FILL_REPORT);
        tasks.submit(pi, "disclosure", filled("12.5"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_APPROVE_REPORT).task().hasCandidateGroup("disclosure-office-head");
        ReportEntry draft = entries.find(2025).orElseThrow();
        assertThat(draft.status()).isEqualTo(ReportEntry.Status.DRAFT);
        assertThat(draft.updatedBy()).isEqualTo("disclosure");
        assertThat(draft.feesTenThousandYuan()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(reports.build(2025).finalEntry()).as("drafts are not public").isNull();

        tasks.submit(pi, "disclosure-head", Map.of("approved", false, "comment", "请补充平台建设情况"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_FILL_REPORT);
        BpmnAwareTests.assertThat(pi).variables().containsEntry("narrativeProblems", "公开内容的及时性有待提高。");
        assertThat(BpmnAwareTests.runtimeService().getVariable(pi.getId(), "reviewHistory").toString())
                .contains("请补充平台建设情况");
        Map<String, Object> again = filled("12.5");
        again.put("narrativeOverview", "本年度，本委认真贯彻落实《政府信息公开条例》。\n门户网站政府信息公开专栏全面改版。");
        tasks.submit(pi, "disclosure", again);
        tasks.submit(pi, "disclosure-head", Map.of("approved", true, "comment", "同意"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REPORT_FINAL);

        ReportEntry fin = entries.find(2025).orElseThrow();
        assertThat(fin.status()).isEqualTo(ReportEntry.Status.FINAL);
        assertThat(fin.approvedBy()).isEqualTo("disclosure-head");
        AnnualReport report = reports.build(2025);
        assertThat(report.finalEntry().overview()).contains("门户网站政府信息公开专栏全面改版");
        assertThat(report.proactive().documents().get(DocumentType.NORMATIVE_DOCUMENT).repealed()).isEqualTo(1);
        assertThat(FigureBlock.of(report.finalEntry()).get(2).figures()).containsEntry("行政事业性收费", new BigDecimal("12.5000"));
    }

    @Test
    void theScheduleStartsLastYearsReportOnTheSecondOfJanuaryOnlyOnce() {
        Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(AnnualReportProcess.SCHEDULE_KEY).timers().singleResult();
        // the cron fires at 09:00 on 2 January in the server's time zone (UTC in the tests, Asia/Shanghai in docker/)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-01-02T09:00:00Z")));
        engine.getManagementService().executeJob(timer.getId());
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("annual-report/2030").singleResult();
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_FILL_REPORT);
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2031-01-31T15:59:59.999Z")));

        // the next cycle of the schedule (or a second start) finds 2030 open and does nothing
        ProcessInstance second = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY,
                Map.of("reportYear", 2030));
        BpmnAwareTests.assertThat(second).isEnded().hasPassed(END_ALREADY_OPEN);
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(AnnualReportProcess.SCHEDULE_KEY)
                .timers().singleResult().getDuedate()).isEqualTo(Date.from(Instant.parse("2032-01-02T09:00:00Z")));
    }
}
