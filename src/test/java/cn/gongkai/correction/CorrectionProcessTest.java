package cn.gongkai.correction;

import static cn.gongkai.correction.CorrectionProcess.END_REPLIED;
import static cn.gongkai.correction.CorrectionProcess.USER_DELIVER;
import static cn.gongkai.correction.CorrectionProcess.USER_HEAD_REVIEW;
import static cn.gongkai.correction.CorrectionProcess.USER_ROUTE;
import static cn.gongkai.correction.CorrectionProcess.USER_VERIFY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.TaskDriver;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests to correct a record about the applicant (Art. 41), one test per path of
 * record-correction.bpmn: corrected by the division that keeps the record, not verified after its
 * head sent the finding back once, forwarded to the competent agency, and the applicant told to
 * apply there; each ends with a reply letter, served.
 */
@GongkaiTest
class CorrectionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CorrectionService corrections;
    @Autowired
    MockMvc mvc;

    TaskDriver tasks;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        tasks = new TaskDriver(engine);
        // Monday 2026-11-02, 10:00 in Shanghai
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static Map<String, Object> request() {
        Map<String, Object> v = new HashMap<>();
        v.put("channel", "REGISTERED_MAIL");
        v.put("receivedOn", "2026-10-30");
        v.put("applicantName", "新疆某某科技有限公司");
        v.put("contactPhone", "0991-1234567");
        v.put("record", "本委2026年第3号公告所列企业名单中本公司的统一社会信用代码");
        v.put("requestedCorrection", "统一社会信用代码应为 91650100MA78XXXXXX");
        v.put("evidence", "营业执照复印件一份");
        return v;
    }

    ProcessInstance registered() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CorrectionProcess.KEY).latestVersion().singleResult().getId();
        return tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, request()));
    }

    Correction correction(ProcessInstance pi) {
        return corrections.find(pi.getBusinessKey()).orElseThrow();
    }

    String replyText(ProcessInstance pi) throws Exception {
        byte[] docx = corrections.replyLetter(pi.getBusinessKey()).orElseThrow();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    void serve(ProcessInstance pi) {
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DELIVER).task().hasCandidateGroup("disclosure-office");
        tasks.submit(pi, "disclosure", Map.of("serviceMethod", "POST", "servedOn", "2026-11-02"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REPLIED);
        assertThat(correction(pi).servedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void theDivisionThatKeepsTheRecordCorrectsItAndTheApplicantIsTold() throws Exception {
        ProcessInstance pi = registered();
        assertThat(pi.getBusinessKey()).startsWith("GZ2026-");
        // received Fri 10-30; 20 working days: Nov 2-6 (5), 9-13 (10), 16-20 (15), 23-27 (20)
        assertThat(correction(pi).dueOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ROUTE).task().hasCandidateGroup("disclosure-office");
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-27T15:59:59.999Z")));
        assertThat(engine.getTaskService().getVariable(tasks.task(pi).getId(), "cardSubject"))
                .isEqualTo("更正：本委2026年第3号公告所列企业名单中本公司的统一社会信用代码");
        assertThat(engine.getTaskService().getVariable(tasks.task(pi).getId(), "cardCode")).isEqualTo(pi.getBusinessKey());

        assertThatThrownBy(() -> tasks.submit(pi, "disclosure", Map.of("correctionRoute", "DIVISION")))
                .hasMessageContaining("「承办处室」必须填写");
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "DIVISION", "division", "sme"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_VERIFY).task().hasCandidateGroup("sme");
        tasks.submit(pi, "sme-staff", Map.of("verified", true, "findings", "已将该企业统一社会信用代码更正为 91650100MA78XXXXXX，并在本委网站更新公告附件"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_HEAD_REVIEW).task().hasCandidateGroup("sme-head");
        tasks.submit(pi, "sme-head", Map.of("approved", true, "comment", "同意"));

        assertThat(correction(pi).outcome()).isEqualTo(CorrectionOutcome.CORRECTED);
        assertThat(replyText(pi)).contains("更正申请答复书").contains("本机关已予以更正").contains("第四十一条")
                .contains("已将该企业统一社会信用代码更正为").contains("自治区人民政府");
        serve(pi);
    }

    @Test
    void evidenceThatDoesNotHoldIsNotCorrectedAfterTheHeadSentTheFindingBackOnce() throws Exception {
        ProcessInstance pi = registered();
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "DIVISION", "division", "policy"));
        tasks.submit(pi, "policy-staff", Map.of("verified", false, "findings", "不一致"));
        tasks.submit(pi, "policy-head", Map.of("approved", false, "comment", "请写明核对了哪些登记材料"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_VERIFY);
        tasks.submit(pi, "policy-staff", Map.of("verified", false,
                "findings", "经核对市场监督管理部门的登记信息，本委公告所列代码与登记一致，所附执照复印件的代码与登记不符"));
        tasks.submit(pi, "policy-head", Map.of("approved", true, "comment", "同意"));
        assertThat(correction(pi).outcome()).isEqualTo(CorrectionOutcome.NOT_VERIFIED);
        assertThat(replyText(pi)).contains("本机关不予更正").contains("经核对市场监督管理部门的登记信息");
        serve(pi);
    }

    @Test
    void aRecordOfAnotherAgencysFunctionsIsForwardedThere() throws Exception {
        ProcessInstance pi = registered();
        assertThatThrownBy(() -> tasks.submit(pi, "disclosure", Map.of("correctionRoute", "FORWARD")))
                .hasMessageContaining("「有权更正的行政机关」必须填写");
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "FORWARD", "competentAgency", "自治区市场监督管理局"));
        assertThat(correction(pi).outcome()).isEqualTo(CorrectionOutcome.FORWARDED);
        assertThat(replyText(pi)).contains("本机关已转送有权更正的行政机关处理").contains("自治区市场监督管理局");
        serve(pi);
    }

    @Test
    void orTheApplicantIsToldToApplyThere() throws Exception {
        ProcessInstance pi = registered();
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "REDIRECT", "competentAgency", "自治区市场监督管理局"));
        assertThat(correction(pi).outcome()).isEqualTo(CorrectionOutcome.REDIRECTED);
        assertThat(replyText(pi)).contains("请向有权更正的行政机关提出");
        serve(pi);
    }

    @Test
    void aRequestWithoutEvidenceOrFromAnUnannouncedChannelIsRefusedFieldByField() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CorrectionProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> v = request();
        v.remove("evidence");
        v.put("receivedOn", "2026-11-03");
        assertThatThrownBy(() -> tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, v)))
                .hasMessageContaining("「证明记录不准确的证据」必须填写").hasMessageContaining("「收到日期」不能晚于今天");
    }

    @Test
    void theReplyLetterOpensForTheHandlingDivisionAndTheOfficesOnly() throws Exception {
        ProcessInstance pi = registered();
        tasks.submit(pi, "disclosure", Map.of("correctionRoute", "DIVISION", "division", "sme"));
        tasks.submit(pi, "sme-staff", Map.of("verified", true, "findings", "已更正"));
        tasks.submit(pi, "sme-head", Map.of("approved", true, "comment", "同意"));
        String path = "/staff/corrections/" + pi.getBusinessKey() + "/reply.docx";
        mvc.perform(get(path).header("Authorization", basic("sme-staff"))).andExpect(status().isOk());
        mvc.perform(get(path).header("Authorization", basic("disclosure"))).andExpect(status().isOk());
        mvc.perform(get(path).header("Authorization", basic("policy-staff"))).andExpect(status().isForbidden());
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
