package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.request.DisclosureRequestProcess;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the public writes reaches staff as written: any valid length is accepted (the task texts
 * built from it always fit the engine's 4,000-character limit), markup never becomes a live link or
 * image on a task, and only addresses our mail can be delivered to are accepted.
 */
@GongkaiTest
class PublicTextTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;

    final ObjectMapper json = new ObjectMapper();
    RequestDriver driver;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        driver = new RequestDriver(engine, intake);
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    static Map<String, Object> consultation(String subject, String question, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "ONLINE");
        body.put("name", "王芳");
        body.put("contactEmail", email);
        body.put("subject", subject);
        body.put("question", question);
        return body;
    }

    String summaryOfConsultation(String code) {
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).singleResult();
        return (String) engine.getRuntimeService().getVariable(pi.getId(), ConsultationProcess.SUMMARY.name());
    }

    String submitConsultation(Map<String, Object> body) throws Exception {
        String response = mvc.perform(post("/api/consultations").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response).get("trackingCode").asText();
    }

    @Test
    void aQuestionJustUnderTheLimitIsAcceptedThroughTheApiAndTheForm() throws Exception {
        String question = "请问".repeat(1975); // 3,950 characters
        String code = submitConsultation(consultation("关于专项资金申报", question, "wangfang@qq.com"));
        assertThat(summaryOfConsultation(code)).hasSizeLessThanOrEqualTo(4000).contains("全文见档案");

        mvc.perform(post("/consult").with(csrf()).param("channel", "ONLINE").param("name", "王芳")
                .param("contactPhone", "13912345678").param("subject", "关于专项资金申报").param("question", question))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anApplicationOfTwoThousandFullStopsIsAcceptedAndItsTasksShowIt() {
        for (String description : new String[] {".".repeat(2000), "。".repeat(2000), "[x](y)".repeat(333)}) {
            ProcessInstance pi = driver.submitOnline(description); // runs the asynchronous start, which builds the task texts
            String summary = (String) engine.getRuntimeService().getVariable(pi.getId(),
                    DisclosureRequestProcess.APPLICATION_SUMMARY.name());
            assertThat(summary).hasSizeLessThanOrEqualTo(4000).contains("所需政府信息");
        }
    }

    @Test
    void markdownInAConsultationNeverBecomesALinkOrAnImageOnATask() throws Exception {
        String code = submitConsultation(consultation("[请立即点此核实身份](https://evil.example/login)",
                "![t](https://evil.example/p.png) 请<b>回复</b>", "wangfang@qq.com"));
        String summary = summaryOfConsultation(code);
        assertThat(summary).doesNotContain("](https://").doesNotContain("![").doesNotContain("<b>")
                .contains("\\[请立即点此核实身份\\]\\(https://evil\\.example/login\\)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan@qq.com；", "zhang,san@qq.com", "zhangsan@qq..com", "zhangsan.@qq.com", "zhangsan@qq",
        "张三@qq.com", "zhangsan@qq.com.", "<zhangsan@qq.com>", "zhang san@qq.com"})
    void anAddressOurMailCannotDeliverToIsRefusedAndNamed(String address) throws Exception {
        String response = mvc.perform(post("/api/consultations").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(consultation("问题", "问题内容", address))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(response).contains("contactEmail").contains("「电子邮箱」格式不正确");

        Map<String, Object> application = RequestDriver.application("2026年专项资金名单");
        application.put("contactEmail", address);
        mvc.perform(post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(application)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void ordinaryAddressesAreAccepted() throws Exception {
        for (String address : new String[] {"zhangsan@qq.com", "zhang.san+gk@163.com", "wang_fang@xj.gov.cn", "a1@b2.org"}) {
            submitConsultation(consultation("问题", "问题内容", address));
        }
    }
}
