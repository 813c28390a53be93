package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.proactive.ProactiveDrafts;
import cn.gongkai.proactive.PublicationSuggestions;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Art. 44 with real-looking applications on their own database: the same information asked for in
 * different words is grouped; information that merely shares words (the same kind of institution,
 * the same year) is not; one action turns a group into a division's proactive-disclosure draft.
 */
@GongkaiTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:gongkai-repeated-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepeatedRequestsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;
    @Autowired
    RepeatedRequests repeated;
    @Autowired
    PublicationSuggestions suggestions;
    @Autowired
    MockMvc mvc;

    RequestDriver driver;

    @BeforeAll
    void applications() {
        BpmnAwareTests.init(engine);
        driver = new RequestDriver(engine, intake);
        received("sme", "请公开2026年全省养老机构床位运营补贴的发放名单");
        received("sme", "申请获取2026年度全省养老机构运营补贴发放名单（含各机构补贴金额）");
        received("planning", "我想了解2026年全省各养老机构床位运营补贴发放名单");
        received("sme", "请提供全省养老机构2026年床位运营补贴发放名单及补贴标准");
        received("policy", "申请公开本市人民医院2025年药品集中采购中标目录");
        received("policy", "请公开市人民医院2025年度药品集中采购的中标目录和中标价格");
        received("sme", "本市人民医院2025年药品集中带量采购中标目录");
        received("planning", "全省尘肺病康复站建设名单");
        received("planning", "请公开全省尘肺病康复站的建设名单");
        // shares 全省, 养老机构, 2026 with the first group, asks for something else
        received("sme", "2026年全省养老机构消防安全检查结果通报");
    }

    @AfterAll
    void resetAssertions() {
        BpmnAwareTests.reset();
    }

    private void received(String division, String description) {
        ProcessInstance pi = driver.register("IN_PERSON", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                description);
        driver.assign(pi, division);
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    @Test
    @Order(1)
    void theSameInformationInDifferentWordsIsOneGroupAndMereSharedWordsAreNot() {
        List<RepeatedRequests.Group> groups = repeated.candidates();
        assertThat(groups).extracting(RepeatedRequests.Group::count).containsExactly(4, 3);
        RepeatedRequests.Group subsidies = groups.get(0);
        assertThat(subsidies.applications()).extracting(RepeatedRequests.Application::description)
                .allMatch(d -> d.contains("补贴")).noneMatch(d -> d.contains("消防"));
        assertThat(subsidies.division()).isEqualTo("sme");
        assertThat(subsidies.words()).contains("补贴");
        assertThat(groups.get(1).applications()).allMatch(a -> a.description().contains("药品"));
        assertThat(groups.get(1).division()).isEqualTo("policy");
    }

    @Test
    @Order(2)
    void oneActionStartsTheDivisionsDraftWithTheApplicationsLinkedAndOnlyOnce() throws Exception {
        mvc.perform(as(get("/staff/repeated"), "sme-staff")).andExpect(status().isForbidden());
        mvc.perform(as(get("/staff/repeated"), "disclosure")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("4 件申请")));

        RepeatedRequests.Group group = repeated.candidates().stream().filter(g -> g.count() == 3).findFirst().orElseThrow();
        String[] ids = group.applications().stream().map(a -> String.valueOf(a.id())).toArray(String[]::new);
        long processesBefore = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProactiveDisclosure.KEY).count();
        mvc.perform(as(post("/staff/repeated").with(csrf()).param("requestIds", ids).param("division", "policy")
                        .param("title", " "), "disclosure"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("「建议公开的信息名称」必须填写")));
        // a stranger's flood of ids is refused by name, not by the database
        String[] flood = java.util.stream.LongStream.rangeClosed(1, 40_000).mapToObj(String::valueOf).toArray(String[]::new);
        mvc.perform(as(post("/staff/repeated").with(csrf()).param("requestIds", flood).param("division", "policy")
                        .param("title", "大量编号"), "disclosure"))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("最多关联 1000 件申请")));
        String location = mvc.perform(as(post("/staff/repeated").with(csrf()).param("requestIds", ids).param("division", "policy")
                        .param("title", "市人民医院2025年药品集中采购中标目录"), "disclosure"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/staff/repeated?started=*"))
                .andReturn().getResponse().getRedirectedUrl();
        String pi = location.substring(location.indexOf('=') + 1);

        ProcessInstance draft = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
        BpmnAwareTests.assertThat(draft).hasPassed(ProactiveDisclosure.START_PUBLICATION_SUGGESTED)
                .isWaitingAt(ProactiveDisclosure.USER_DRAFT_SUGGESTED).task().hasCandidateGroup("policy");
        assertThat((String) engine.getRuntimeService().getVariable(pi, "suggestionNote"))
                .contains("3 件申请").contains(group.applications().get(0).trackingCode());
        assertThat(suggestions.applicationsOf(pi)).containsExactlyInAnyOrderElementsOf(
                group.applications().stream().map(RepeatedRequests.Application::trackingCode).toList());
        assertThat(repeated.candidates()).extracting(RepeatedRequests.Group::count).containsExactly(4);

        // the same applications again (a second click, another node): refused, nothing started
        mvc.perform(as(post("/staff/repeated").with(csrf()).param("requestIds", ids).param("division", "policy")
                        .param("title", "再次建议"), "disclosure"))
                .andExpect(status().isConflict());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProactiveDisclosure.KEY)
                .count()).isEqualTo(processesBefore + 1);

        // the division drafts it as any draft; it goes on to the head's review
        Map<String, Object> fields = ProactiveDrafts.draft("市人民医院2025年药品集中采购中标目录", "2026-11-20");
        new ProactiveDrafts(engine).submit(draft, "policy-staff", fields);
        BpmnAwareTests.assertThat(draft).isWaitingAt(ProactiveDisclosure.USER_HEAD_REVIEW);
        assertThat(engine.getRuntimeService().getVariable(pi, "drafter")).isEqualTo("policy-staff");
    }
}
