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
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        List<RepeatedRequests.Group> groups = repeated.candidates().groups();
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

        RepeatedRequests.Group group = repeated.candidates().groups().stream().filter(g -> g.count() == 3).findFirst().orElseThrow();
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
        assertThat(repeated.candidates().groups()).extracting(RepeatedRequests.Group::count).containsExactly(4);

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

    @Test
    @Order(3)
    void aLargeGroupListsItsNewestApplicationsAndCountsTheRest() throws Exception {
        List<Object[]> rows = java.util.stream.IntStream.range(0, 25).mapToObj(i -> new Object[] {"YS-LARGE-" + i,
                (i % 2 == 0 ? "请公开" : "申请获取") + "2026年全市共享单车停放点设置规划" + (i % 3 == 0 ? "及批复" : ""),
                java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(i))}).toList();
        jdbc.batchUpdate("INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, description, "
                + "status, submitted_at, received_on) VALUES (?, 'ONLINE', 'NATURAL_PERSON', '申请人', ?, 'IN_PROGRESS', "
                + "CURRENT_TIMESTAMP, ?)", rows);

        RepeatedRequests.Group bikes = repeated.candidates().groups().get(0);
        assertThat(bikes.count()).isEqualTo(25);
        assertThat(bikes.listed()).hasSize(RepeatedRequests.Group.LISTED)
                .extracting(RepeatedRequests.Application::trackingCode).startsWith("YS-LARGE-0", "YS-LARGE-1");
        mvc.perform(as(get("/staff/repeated"), "disclosure")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("25 件申请")))
                .andExpect(content().string(Matchers.containsString("另有 5 件较早的申请未列出")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("YS-LARGE-24<"))))
                // every one of the 25 is linked by the suggestion's form
                .andExpect(content().string(Matchers.containsString("value=\"" + applicationId("YS-LARGE-24") + "\"")));
    }

    @Test
    void atMostThirtyGroupsAreShownAndASuggestionLinksAtMostAThousand() {
        List<RepeatedRequests.Application> apps = new java.util.ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);
        for (int i = 0; i < 1005; i++) {
            apps.add(new RepeatedRequests.Application(i, "YS-H-" + i, "policy", today, "请公开全市共享单车停放点设置规划"));
        }
        String[] subjects = {"养老", "医保", "校车", "路灯", "公厕", "公园", "菜场", "桥梁", "隧道", "码头", "水库", "堤防", "林场",
            "牧场", "矿山", "港口", "机场", "车站", "地铁", "公交", "出租", "驾校", "药店", "诊所", "幼儿园", "小学", "中学",
            "大学", "图书馆", "博物馆", "体育馆", "剧院"};
        long id = 2000;
        for (String subject : subjects) {
            for (int k = 0; k < 3; k++) {
                apps.add(new RepeatedRequests.Application(id, "YS-S-" + id++, "sme", today, subject));
            }
        }
        RepeatedRequests.Candidates candidates = repeated.group(apps);
        assertThat(candidates.total()).isEqualTo(1 + subjects.length);
        assertThat(candidates.groups()).hasSize(RepeatedRequests.MAX_GROUPS);
        assertThat(candidates.groups().get(0).count()).isEqualTo(1005);
        assertThat(candidates.groups().get(0).linkable()).hasSize(1000);
    }

    private long applicationId(String trackingCode) {
        return jdbc.queryForObject("SELECT id FROM disclosure_request WHERE tracking_code = ?", Long.class, trackingCode);
    }
}
