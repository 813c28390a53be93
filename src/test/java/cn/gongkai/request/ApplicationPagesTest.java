package cn.gongkai.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.AsUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public application form and tracking pages, as a browser without JavaScript uses them. */
@GongkaiTest
class ApplicationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestRepository requests;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyFieldOfTheApplicationFormHasALabel() throws Exception {
        Document page = html(mvc.perform(get("/apply")).andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("申请公开政府信息");
        for (Element input : page.select("form.application input:not([type=hidden]), form.application select, form.application textarea")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as("label of %s", input.id()).isNotEmpty();
        }
        assertThat(page.select("select#applicantType option").eachText()).contains("自然人", "商业企业", "法律服务机构");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aBadApplicationIsShownAgainWithEveryErrorLinkedToItsField() throws Exception {
        Document page = html(mvc.perform(post("/apply").with(csrf()).param("applicantName", "王芳").param("contactEmail", "wrong")
                .param("description", "2026年中小企业发展专项资金安排")).andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("#error-summary li a").eachAttr("href")).contains("#applicantType", "#contactEmail");
        Document noContact = html(mvc.perform(post("/apply").with(csrf()).param("applicantType", "NATURAL_PERSON")
                .param("applicantName", "王芳").param("description", "2026年中小企业发展专项资金安排"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(noContact.select("#error-summary li").eachText())
                .containsExactly("「联系电话」和「电子邮箱」至少填写一项");
        assertThat(noContact.select("#err-contactPhone, #err-contactEmail")).hasSize(2);
        assertThat(page.select("#error-summary").text()).contains("「申请人类型」必须填写").contains("「电子邮箱」格式不正确");
        assertThat(page.select("#contactEmail").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#contactEmail").attr("aria-describedby")).isEqualTo("err-contactEmail");
        assertThat(page.select("#applicantName").attr("value")).isEqualTo("王芳");
        assertThat(page.select("#description").text()).isEqualTo("2026年中小企业发展专项资金安排");
    }

    @Test
    void aGoodApplicationLeadsToItsTrackingPageWithTheCode() throws Exception {
        MvcResult result = mvc.perform(post("/apply").with(csrf()).param("applicantType", "COMMERCIAL_ENTERPRISE")
                        .param("applicantName", "新疆某某科技有限公司").param("contactPhone", "0991-1234567")
                        .param("description", "2026年软件和信息技术服务业企业认定名单").param("idType", "").param("deliveryMethod", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/track/YS2026-*?submitted"))
                .andReturn();
        String code = result.getResponse().getRedirectedUrl().substring(7, 28);
        DisclosureRequest r = requests.findByTrackingCode(code).orElseThrow();
        assertThat(r.applicantName()).isEqualTo("新疆某某科技有限公司");

        Document page = html(mvc.perform(get("/track/" + code).param("submitted", "")).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".notice").text()).contains(code);
        assertThat(page.select("table.metadata").text()).contains("已提交，待确认收到").contains("尚未确认收到");
        assertThat(page.text()).doesNotContain("0991-1234567");
    }

    @Test
    void theLookupFindsACodeAsTypedAndSaysWhenThereIsNone() throws Exception {
        String code = submitted();
        mvc.perform(get("/track").param("code", " " + code.toLowerCase() + " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/track/" + code));
        Document missing = html(mvc.perform(get("/track").param("code", "YS2026-AAAA-BBBB-CCCC"))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(missing.select(".errors").text()).contains("没有查询码为「YS2026-AAAA-BBBB-CCCC」的申请");
    }

    @Test
    void anApplicantSupplementsOnlineFromTheTrackingPage() throws Exception {
        String code = submitted();
        DisclosureRequest r = requests.findByTrackingCode(code).orElseThrow();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(r.processInstanceId()).singleResult().getId());
        complete(r, Map.of("confirmed", true));
        complete(r, Map.of("complete", false, "supplementItems", "请写明所需名单的年度。"));

        Document page = html(mvc.perform(get("/track/" + code)).andExpect(status().isOk()).andReturn());
        assertThat(page.select(".supplement").text()).contains("请写明所需名单的年度。").contains("2026-11-23");
        assertThat(page.select(".supplement label[for=content]")).isNotEmpty();

        Document empty = html(mvc.perform(post("/track/" + code + "/supplement").with(csrf()).param("content", ""))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.select("#err-content").text()).contains("「补正内容」必须填写");

        mvc.perform(post("/track/" + code + "/supplement").with(csrf()).param("content", "2025年度名单"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/track/" + code + "?supplemented"));
        Document after = html(mvc.perform(get("/track/" + code).param("supplemented", "")).andReturn());
        assertThat(after.select(".notice").text()).contains("补正材料已提交");
        assertThat(after.select(".timeline").text()).contains("收到补正材料");
        assertThat(after.select(".supplement")).isEmpty();
    }

    private String submitted() throws Exception {
        MvcResult result = mvc.perform(post("/apply").with(csrf()).param("applicantType", "NATURAL_PERSON").param("applicantName", "赵敏")
                .param("contactEmail", "zhaomin@example.com").param("description", "2026年软件企业认定名单的全文")).andReturn();
        return result.getResponse().getRedirectedUrl().substring(7, 28);
    }

    private void complete(DisclosureRequest r, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(r.processInstanceId()).singleResult();
        new AsUser(engine.getIdentityService()).run("disclosure", () -> {
            engine.getTaskService().claim(task.getId(), "disclosure");
            engine.getFormService().submitTaskForm(task.getId(), variables);
        });
    }
}
