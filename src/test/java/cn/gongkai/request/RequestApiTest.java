package cn.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/requests}: intake, tracking and supplements, and every kind of bad input. */
@GongkaiTest
class RequestApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;

    final ObjectMapper json = new ObjectMapper();
    RequestDriver driver;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
        BpmnAwareTests.init(engine);
        driver = new RequestDriver(engine, intake);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    ResultActions apply(Object body) throws Exception {
        return mvc.perform(post("/api/requests").contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    @Test
    void aValidApplicationIsStoredAndAnsweredWith201AndAnUnguessableCode() throws Exception {
        String body = apply(RequestDriver.application("2026年工业和信息化发展专项资金分配结果"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/requests/YS2026-")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.statusName").value("已提交，待确认收到"))
                .andReturn().getResponse().getContentAsString();
        String code = json.readTree(body).get("trackingCode").asText();
        assertThat(code).matches("YS2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

        // stored, with its process instance waiting at its first (asynchronous) step: nothing is lost
        DisclosureRequest r = requests.findByTrackingCode(code).orElseThrow();
        assertThat(r.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(r.contactEmail()).isEqualTo("liming@example.com");
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(r.processInstanceId()).singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo(code);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isOne();
    }

    @Test
    void twoApplicationsGetDifferentCodes() throws Exception {
        JsonNode a = json.readTree(apply(RequestDriver.application("第一份申请的信息描述")).andReturn().getResponse().getContentAsString());
        JsonNode b = json.readTree(apply(RequestDriver.application("第二份申请的信息描述")).andReturn().getResponse().getContentAsString());
        assertThat(a.get("trackingCode").asText()).isNotEqualTo(b.get("trackingCode").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # field          | value                  | message
            applicantType    |                        | 「申请人类型」必须填写
            applicantType    | ALIEN                  | 「申请人类型」取值无效「ALIEN」
            applicantName    |                        | 「申请人姓名或名称」必须填写
            description      |                        | 「所需政府信息的名称、文号或内容描述」必须填写
            description      | 资料                   | 过短
            contactPhone     | abc                    | 「联系电话」格式不正确
            contactEmail     | not-an-email           | 「电子邮箱」格式不正确
            idNumber         | 110105194912310021     | 不是有效的居民身份证号码
            deliveryForm     | FAX                    | 「获取信息的载体形式」取值无效「FAX」
            deliveryMethod   | PIGEON                 | 「获取信息的方式」取值无效「PIGEON」
            """)
    void aBadFieldIsNamed(String field, String value, String message) throws Exception {
        Map<String, Object> body = RequestDriver.application("2026年工业和信息化发展专项资金分配结果");
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        apply(body).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message").value(hasItem(org.hamcrest.Matchers.containsString(message))));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantName", 42);
        body.put("description", "字".repeat(2001));
        body.put("idType", "CREDIT_CODE");
        body.put("idNumber", "12345");
        body.put("deliveryMethod", "POST");
        body.put("nickname", "小明");
        apply(body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("nickname", "applicantType",
                        "applicantName", "description", "contactPhone", "contactEmail", "idNumber", "contactAddress")))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicantName')].message").value(hasItem("「申请人姓名或名称」应为文本")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nickname')].message").value(hasItem("不支持的字段")))
                .andExpect(jsonPath("$.errors[?(@.field == 'contactAddress')].message").value(hasItem("选择邮寄时须填写「通信地址」")));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() throws Exception {
        apply("{\"applicantType\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        apply("[1, 2]").andExpect(status().isBadRequest());
        mvc.perform(post("/api/requests").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/requests").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void trackingShowsTheClockButNeverContactDetailsOrIdNumbers() throws Exception {
        ProcessInstance pi = driver.submitOnline("2025年度部门决算");
        String code = pi.getBusinessKey();
        mvc.perform(get("/api/requests/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.receivedOn").doesNotExist())
                .andExpect(jsonPath("$.clock").isEmpty());

        driver.confirm(pi);
        driver.assign(pi, "policy");
        String body = mvc.perform(get("/api/requests/" + code.toLowerCase())).andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.receivedOn").value("2026-11-02"))
                .andExpect(jsonPath("$.replyDueOn").value("2026-11-30"))
                .andExpect(jsonPath("$.pausedWorkingDays").value(0))
                .andExpect(jsonPath("$.extended").value(false))
                .andExpect(jsonPath("$.clock[0].type").value("RECEIVED"))
                .andExpect(jsonPath("$.clock[0].date").value("2026-11-02"))
                .andExpect(jsonPath("$.explanation[0]").value("2026-11-02 收到申请：自次日起计算 20 个工作日，期限至 2026-11-30"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("13912345678").doesNotContain("liming@example.com")
                .doesNotContain("11010519491231002X").doesNotContain("新华北路").doesNotContain("李明");
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/api/requests/YS2026-0000-0000-0000")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/requests/nonsense")).andExpect(status().isNotFound());
    }

    @Test
    void aSupplementIsTakenOnlineOnlyWhileOneIsAwaited() throws Exception {
        ProcessInstance pi = driver.submitOnline("关于某项目的资料");
        String code = pi.getBusinessKey();
        mvc.perform(post("/api/requests/" + code + "/supplement").contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\": \"补充说明\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("该申请当前不需要补正")));

        driver.confirm(pi);
        driver.askForSupplement(pi, "请写明项目名称和年度。");
        mvc.perform(get("/api/requests/" + code))
                .andExpect(jsonPath("$.status").value("AWAITING_SUPPLEMENT"))
                .andExpect(jsonPath("$.supplement.items").value("请写明项目名称和年度。"))
                .andExpect(jsonPath("$.supplement.dueOn").value("2026-11-23"))
                .andExpect(jsonPath("$.replyDueOn").doesNotExist());
        mvc.perform(post("/api/requests/" + code + "/supplement").contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\": \"  \"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("content"));
        mvc.perform(post("/api/requests/" + code + "/supplement").contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\": \"某某技改项目，2025年度\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.clock[2].type").value("SUPPLEMENT_RECEIVED"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(DisclosureRequestProcess.USER_REVIEW_APPLICATION);
        mvc.perform(post("/api/requests/YS2026-0000-0000-0000/supplement")
                .contentType(MediaType.APPLICATION_JSON).content("{\"content\": \"x\"}")).andExpect(status().isNotFound());
    }

    @Test
    void trackingShowsPausesAndExtensions() throws Exception {
        ProcessInstance pi = driver.submitOnline("某企业技术改造项目申报材料");
        driver.confirm(pi);
        driver.assign(pi, "policy");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-05T02:00:00Z")));
        Map<String, Object> consult = new HashMap<>();
        consult.put("thirdPartyConsultation", true);
        consult.put("consultationKind", "THIRD_PARTY");
        consult.put("consultationParty", "新疆某某科技有限公司");
        consult.put("consultationMatters", "是否涉及商业秘密");
        driver.submit(pi, "policy-liaison", consult);
        driver.submit(pi, "policy-liaison", Map.of("consultationSentOn", "2026-11-04", "consultationDeliveredOn", "2026-11-05"));

        String body = mvc.perform(get("/api/requests/" + pi.getBusinessKey()))
                .andExpect(jsonPath("$.status").value("CONSULTING"))
                .andExpect(jsonPath("$.clockState").value("PAUSED"))
                .andExpect(jsonPath("$.pauses[0].from").value("2026-11-04"))
                .andExpect(jsonPath("$.pauses[0].reason").value("征求意见（征求第三方意见）"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("新疆某某科技有限公司");
    }
}
