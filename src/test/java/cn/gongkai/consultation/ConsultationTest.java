package cn.gongkai.consultation;

import static cn.gongkai.consultation.ConsultationProcess.END_ANSWERED;
import static cn.gongkai.consultation.ConsultationProcess.END_DELIVERED_OTHERWISE;
import static cn.gongkai.consultation.ConsultationProcess.SERVICE_MAIL_ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.USER_DELIVER_OTHERWISE;
import static cn.gongkai.consultation.ConsultationProcess.SERVICE_PUBLISH_ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.USER_ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.USER_REVIEW_ANSWER;
import static cn.gongkai.consultation.ConsultationProcess.USER_ROUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.TaskDriver;
import cn.gongkai.report.AnnualReportService;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Consultations from the public and from staff, each path of consultation.bpmn, the pages and the counts. */
@GongkaiTest
class ConsultationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationRepository consultations;
    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcClient jdbc;

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

    String submit(String json) throws Exception {
        String body = mvc.perform(post("/api/consultations").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/consultations/ZX")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return com.jayway.jsonpath.JsonPath.read(body, "$.trackingCode");
    }

    ProcessInstance instance(String code) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
    }

    @Test
    void badInputIsNamedFieldByField() throws Exception {
        mvc.perform(post("/api/consultations").contentType(MediaType.APPLICATION_JSON).content("{\"channel\": \"LETTER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message").value(
                        "「咨询渠道」应为 ONLINE（网上咨询）或 MAILBOX（主任信箱）"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'contactEmail')].message").value("「联系电话」和「电子邮箱」至少填写一项"))
                .andExpect(jsonPath("$.errors[?(@.field == 'subject')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'question')]").exists());
        mvc.perform(get("/api/consultations/ZX2026-0000-0000-0000")).andExpect(status().isNotFound());
    }

    @Test
    void anOnlineQuestionIsRoutedAnsweredReviewedAndSent() throws Exception {
        String code = submit("""
                {"channel": "ONLINE", "name": "赵敏", "contactEmail": "zhaomin@example.com",
                 "subject": "中小企业发展专项资金申报", "question": "2026年中小企业发展专项资金何时开始申报？"}""");
        // received Mon 11-02; 10 working days: 3-6 (4), 9-13 (9), Mon 16 (10)
        mvc.perform(get("/api/consultations/" + code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedOn").value("2026-11-02"))
                .andExpect(jsonPath("$.dueOn").value("2026-11-16"))
                .andExpect(jsonPath("$.answer").doesNotExist())
                .andExpect(jsonPath("$.contactEmail").doesNotExist());
        ProcessInstance pi = instance(code);
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ROUTE).task().hasCandidateGroup("disclosure-office");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("channel", "ONLINE")
                .containsEntry("question", "2026年中小企业发展专项资金何时开始申报？");
        assertThat(tasks.task(pi).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-16T15:59:59.999Z")));

        // the escalation ladder watches the answer deadline
        ProcessInstance watch = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(Matter.consultation(code).watchKey(WatchedClock.CONSULTATION_ANSWER)).singleResult();
        assertThat(watch).isNotNull();

        tasks.submit(pi, "disclosure", Map.of("answerBy", "sme"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ANSWER).task().hasCandidateGroup("sme");
        assertThat(consultations.findByTrackingCode(code).orElseThrow().division()).isEqualTo("sme");
        assertThatThrownBy(() -> tasks.submit(pi, "sme-staff", Map.of("publishAsQa", true)))
                .hasMessageContaining("「答复内容」必须填写");
        tasks.submit(pi, "sme-staff", Map.of("answer", "预计明年三月发布申报通知。", "publishAsQa", true));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_ANSWER).task().hasCandidateGroup("sme-head");
        tasks.submit(pi, "sme-head", Map.of("approved", false, "comment", "请写明通知的发布渠道"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ANSWER);
        mvc.perform(get("/api/consultations/" + code)).andExpect(jsonPath("$.answer").doesNotExist());
        tasks.submit(pi, "sme-staff", Map.of("answer", "预计2027年3月在本委门户网站发布申报通知。", "publishAsQa", true));
        tasks.submit(pi, "sme-head", Map.of("approved", true, "comment", ""));

        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_PUBLISH_ANSWER);
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_PUBLISH_ANSWER, pi));
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_MAIL_ANSWER);
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_MAIL_ANSWER, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ANSWERED);

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("zhaomin@example.com");
        assertThat(mails[0].getSubject()).isEqualTo("关于您的咨询「中小企业发展专项资金申报」的答复（" + code + "）");
        assertThat(String.valueOf(mails[0].getContent())).contains("预计2027年3月在本委门户网站发布申报通知。")
                .contains("http://localhost:8080/consult/" + code);

        mvc.perform(get("/api/consultations/" + code))
                .andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.answer").value("预计2027年3月在本委门户网站发布申报通知。"))
                .andExpect(jsonPath("$.answeredOn").value("2026-11-02"));
        String page = mvc.perform(get("/consult/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已答复").contains("预计2027年3月在本委门户网站发布申报通知。");
        String qa = mvc.perform(get("/consultations")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(qa).contains("中小企业发展专项资金申报").contains("预计2027年3月").doesNotContain("赵敏");
        // the answer ends the reminders
        Job next = engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).singleResult();
        engine.getManagementService().executeJob(next.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();
    }

    @Test
    void staffRegisterALetterAndTheOfficeAnswersItself() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ConsultationProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> form = new HashMap<>();
        form.put("channel", "LETTER");
        form.put("receivedOn", "2026-11-05");
        form.put("askerName", "钱伟");
        form.put("subject", "依申请公开的收费标准");
        form.put("question", "申请公开政府信息是否收费？");
        assertThatThrownBy(() -> tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, form)))
                .hasMessageContaining("「收到日期」不能晚于今天（2026-11-02）");
        form.put("receivedOn", "2026-10-30");
        ProcessInstance pi = tasks.as().call("disclosure", () -> engine.getFormService().submitStartForm(definition, form));
        assertThat(pi.getBusinessKey()).startsWith("ZX2026-");
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ROUTE);
        Consultation c = consultations.findByTrackingCode(pi.getBusinessKey()).orElseThrow();
        assertThat(c.channel()).isEqualTo(ConsultationChannel.LETTER);
        assertThat(c.registeredBy()).isEqualTo("disclosure");
        // received Fri 10-30: 11-2..6 (5), 9-13 (10)
        assertThat(c.dueOn()).hasToString("2026-11-13");
        tasks.submit(pi, "disclosure", Map.of("answerBy", "office"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_ANSWER).task().hasCandidateGroup("disclosure-office");
        tasks.submit(pi, "disclosure", Map.of("answer", "一般不收费；超出一定数量的，按国办函〔2020〕109号收取信息处理费。"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_REVIEW_ANSWER).task().hasCandidateGroup("disclosure-office-head");
        tasks.submit(pi, "disclosure-head", Map.of("approved", true, "comment", "同意"));
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_PUBLISH_ANSWER, pi));
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_MAIL_ANSWER, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ANSWERED);
        assertThat(smtp.getReceivedMessages()).as("no address, no mail").isEmpty();
        assertThat(consultations.findByTrackingCode(pi.getBusinessKey()).orElseThrow().status())
                .isEqualTo(ConsultationStatus.ANSWERED);
    }

    /** Approved and answered to the point where only the mail is left. */
    ProcessInstance approvedAnswerTo(String email) throws Exception {
        String code = submit("""
                {"channel": "MAILBOX", "name": "孙丽", "contactEmail": "sunli@example.com",
                 "subject": "信息化项目验收", "question": "信息化项目验收需要提交哪些材料？"}""");
        // an address taken before addresses were checked as the mailer checks them
        jdbc.sql("UPDATE consultation SET contact_email = :e WHERE tracking_code = :c").param("e", email).param("c", code).update();
        ProcessInstance pi = instance(code);
        tasks.submit(pi, "disclosure", Map.of("answerBy", "office"));
        tasks.submit(pi, "disclosure", Map.of("answer", "请提交验收申请表、项目总结报告和财务决算报告。", "publishAsQa", false));
        tasks.submit(pi, "disclosure-head", Map.of("approved", true, "comment", "同意"));
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_PUBLISH_ANSWER, pi));
        return pi;
    }

    @Test
    void anAnswerWhoseMailCanNeverBeDeliveredIsPublishedAndDeliveredOtherwise() throws Exception {
        ProcessInstance pi = approvedAnswerTo("sunli.@example.com");
        String code = pi.getBusinessKey();
        // published before any mail is tried
        mvc.perform(get("/api/consultations/" + code)).andExpect(jsonPath("$.status").value("ANSWERED"))
                .andExpect(jsonPath("$.answer").value("请提交验收申请表、项目总结报告和财务决算报告。"));

        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_MAIL_ANSWER, pi));
        BpmnAwareTests.assertThat(pi).isWaitingAt(USER_DELIVER_OTHERWISE).task().hasCandidateGroup("disclosure-office");
        BpmnAwareTests.assertThat(pi).variables().containsKey("answerMailProblem");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThatThrownBy(() -> tasks.submit(pi, "disclosure", Map.of("deliveredOtherwise", " ")))
                .hasMessageContaining("「送达方式及情况」必须填写");
        tasks.submit(pi, "disclosure", Map.of("deliveredOtherwise", "2026年11月2日电话告知咨询人答复内容"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_DELIVERED_OTHERWISE);
        assertThat(jdbc.sql("SELECT answer_delivered_otherwise FROM consultation WHERE tracking_code = :c").param("c", code)
                .query(String.class).single()).contains("电话告知").contains("disclosure");
    }

    @Test
    void aMailServerThatIsDownDelaysOnlyTheMailNeverThePublication() throws Exception {
        ProcessInstance pi = approvedAnswerTo("sunli@example.com");
        smtp.stop();
        try {
            Job mail = BpmnAwareTests.job(SERVICE_MAIL_ANSWER, pi);
            assertThatThrownBy(() -> engine.getManagementService().executeJob(mail.getId())).isInstanceOf(Exception.class);
            assertThat(engine.getManagementService().createJobQuery().jobId(mail.getId()).singleResult().getRetries()).isEqualTo(2);
            BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_MAIL_ANSWER);
            mvc.perform(get("/api/consultations/" + pi.getBusinessKey())).andExpect(jsonPath("$.status").value("ANSWERED"));
        } finally {
            smtp.start();
        }
        BpmnAwareTests.execute(BpmnAwareTests.job(SERVICE_MAIL_ANSWER, pi));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_ANSWERED);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theAnnualReportCountsConsultationsByChannel() throws Exception {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T02:00:00Z")));
        submit("""
                {"channel": "ONLINE", "name": "孙", "contactPhone": "13900001111", "subject": "一", "question": "问题一"}""");
        submit("""
                {"channel": "MAILBOX", "name": "李", "contactPhone": "13900002222", "subject": "二", "question": "问题二"}""");
        mvc.perform(get("/api/reports/annual/2027"))
                .andExpect(jsonPath("$.consultations.total").value(2))
                .andExpect(jsonPath("$.consultations.byChannel.ONLINE").value(1))
                .andExpect(jsonPath("$.consultations.byChannel.MAILBOX").value(1))
                .andExpect(jsonPath("$.consultations.byChannel.LETTER").value(0));
        assertThat(cn.gongkai.report.ReportDocument.consultations(reports.build(2027)))
                .isEqualTo("本年度受理咨询 2 件，其中网上咨询 1 件、主任信箱 1 件。");
    }
}
