package cn.gongkai.legal;

import static cn.gongkai.legal.LegalCaseProcess.END_CASE_DECIDED;
import static cn.gongkai.legal.LegalCaseProcess.USER_RECORD_RESULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.TaskDriver;
import cn.gongkai.report.AnnualReportService;
import cn.gongkai.report.CaseTable;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
 * The reconsideration and litigation register: each path of legal-case, section 四 of the annual
 * report counted from it (in 2024, a year no other test brings cases in), and the evidence pack (2023).
 */
@GongkaiTest
class LegalCaseProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    LegalCases cases;
    @Autowired
    AnnualReportService reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    RequestRepository applications;

    RequestDriver requests;
    TaskDriver tasks;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        requests = new RequestDriver(engine, intake);
        tasks = new TaskDriver(engine);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    /** An application received on the day, answered (予以公开) on the same day. */
    ProcessInstance answered(String day, String description) {
        at(day + "T02:00:00Z");
        ProcessInstance pi = requests.register("IN_PERSON", day, description);
        requests.assign(pi, "policy");
        requests.draftReply(pi, "policy-liaison", Outcome.DISCLOSED, null);
        requests.signOff(pi, "policy-head");
        return pi;
    }

    ProcessInstance register(String code, String kind, String filedOn, String number) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(LegalCaseProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>();
        form.put("trackingCode", code);
        form.put("caseKind", kind);
        form.put("caseFiledOn", filedOn);
        form.put("caseBody", kind.equals("RECONSIDERATION") ? "自治区人民政府" : "乌鲁木齐市中级人民法院");
        form.put("caseNumber", number);
        return tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, form));
    }

    @Test
    void aCaseIsRegisteredAgainstAnAnsweredApplicationAndItsResultRecorded() {
        at("2024-11-04T02:00:00Z");
        ProcessInstance open = requests.register("IN_PERSON", "2024-11-04", "尚未答复的申请");
        assertThatThrownBy(() -> register(open.getBusinessKey(), "RECONSIDERATION", "2024-11-04", null))
                .hasMessageContaining("尚未答复，不能对其登记复议或诉讼");
        assertThatThrownBy(() -> register("YS2024-NONE-NONE-NONE", "RECONSIDERATION", "2024-11-04", null))
                .hasMessageContaining("没有编号为「YS2024-NONE-NONE-NONE」的申请");

        ProcessInstance request = answered("2024-11-04", "本委2023年度行政许可事项清单");
        String code = request.getBusinessKey();
        at("2024-11-20T02:00:00Z");
        assertThatThrownBy(() -> register(code, "RECONSIDERATION", "2024-11-01", null))
                .hasMessageContaining("不能早于答复之日（2024-11-04）");
        ProcessInstance reconsideration = register(code, "RECONSIDERATION", "2024-11-18", "新政复〔2024〕12号");
        BpmnAwareTests.assertThat(reconsideration).isWaitingAt(USER_RECORD_RESULT).task().hasCandidateGroup("disclosure-office");
        assertThat(reconsideration.getBusinessKey()).startsWith("case/" + code + "/");

        at("2024-12-20T02:00:00Z");
        assertThatThrownBy(() -> tasks.submit(reconsideration, "disclosure",
                Map.of("caseResult", "CORRECTED", "caseDecidedOn", "2024-11-10")))
                .hasMessageContaining("「决定或判决日期」应在申请复议或起诉之日（2024-11-18）与今天之间");
        tasks.submit(reconsideration, "disclosure", Map.of("caseResult", "CORRECTED", "caseDecidedOn", "2024-12-16",
                "caseResultNote", "责令重新答复"));
        BpmnAwareTests.assertThat(reconsideration).isEnded().hasPassed(END_CASE_DECIDED);

        // a lawsuit brought directly in December, decided in the next year
        ProcessInstance lawsuit = register(code, "LAWSUIT_DIRECT", "2024-12-18", "（2024）新01行初88号");
        at("2025-01-15T02:00:00Z");
        tasks.submit(lawsuit, "disclosure", Map.of("caseResult", "UPHELD", "caseDecidedOn", "2025-01-10"));

        List<LegalCase> list = cases.forRequest(applications.findByTrackingCode(code).orElseThrow().id());
        assertThat(list).extracting(c -> c.kind() + " " + c.result() + " " + c.decidedOn()).containsExactly(
                "RECONSIDERATION CORRECTED 2024-12-16", "LAWSUIT_DIRECT UPHELD 2025-01-10");

        // section 四 of 2024: the reconsideration corrected; the lawsuit not decided by the year's end
        CaseTable table = reports.build(2024).cases();
        assertThat(table.count(CaseKind.RECONSIDERATION, CaseResult.CORRECTED)).isEqualTo(1);
        assertThat(table.count(CaseKind.LAWSUIT_DIRECT, CaseResult.PENDING)).isEqualTo(1);
        assertThat(table.cells()).containsExactly(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(table.reconsiderations()).isEqualTo(1);
        assertThat(table.lawsuits()).isEqualTo(1);
        assertThat(reports.build(2025).cases().cells()).containsOnly(0L);
    }

    @Test
    void theEvidencePackHoldsTheHandlingRecordAndEveryLetter() throws Exception {
        // in 2023, so that section 四 of 2024 above does not count it
        ProcessInstance request = answered("2023-11-06", "本委2022年度政府采购项目");
        String code = request.getBusinessKey();
        at("2023-11-20T02:00:00Z");
        register(code, "LAWSUIT_DIRECT", "2023-11-17", "（2023）新01行初99号");

        byte[] zip = mvc.perform(get("/staff/requests/" + code + "/evidence.zip").header("Authorization", basic("disclosure")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        byte[] record = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] content = in.readAllBytes();
                if (e.getName().startsWith("01 ")) {
                    record = content;
                }
            }
        }
        assertThat(names).hasSize(2).first().isEqualTo("01 办理记录.docx");
        assertThat(names.get(1)).startsWith("02 ").endsWith(".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(record))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("政府信息公开申请办理记录").contains("申请编号：" + code)
                    .contains("2023-11-06 收到申请").contains("负责人审核答复").contains("委领导签发")
                    .contains("2023-11-17 行政诉讼（未经复议直接起诉），乌鲁木齐市中级人民法院，案号 （2023）新01行初99号；结果：尚未审结");
        }
        mvc.perform(get("/staff/requests/" + code + "/evidence.zip").header("Authorization", basic("sme-staff")))
                .andExpect(status().isForbidden());
        String file = mvc.perform(get("/staff/requests/" + code).header("Authorization", basic("disclosure")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).contains("复议、诉讼").contains("（2023）新01行初99号").contains("evidence.zip");
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
