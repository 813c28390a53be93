package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.SERVICE_PUBLISH_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.process.TaskDriver;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** One test per path of {@code item-withdrawal} (撤回已发布信息), and what the catalogue then shows. */
@GongkaiTest
class ItemWithdrawalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueService catalogue;

    TaskDriver tasks;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        tasks = new TaskDriver(engine);
    }

    CatalogueItem published(String title) {
        ProactiveDrafts drafts = new ProactiveDrafts(engine);
        ProcessInstance pi = drafts.start(title, "2026-11-20");
        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        return catalogue.findByProcessInstance(pi.getId()).orElseThrow();
    }

    ProcessInstance askToWithdraw(String user, String indexNumber, String reason) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ItemWithdrawalProcess.KEY).latestVersion().singleResult().getId();
        Map<String, Object> v = new HashMap<>();
        v.put("indexNumber", indexNumber);
        v.put("withdrawalReason", reason);
        return tasks.as().call(user, () -> engine.getFormService().submitStartForm(definition, v));
    }

    void decide(ProcessInstance pi, boolean approved, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put("approved", approved);
        v.put("comment", comment);
        tasks.submit(pi, "leader", v);
    }

    @Test
    void theLeadershipApprovesAndTheItemLeavesTheCatalogueWithItsReasonShown() throws Exception {
        String title = "关于某活动的通知 " + UUID.randomUUID().toString().substring(0, 8);
        CatalogueItem item = published(title);
        ProcessInstance pi = askToWithdraw("policy-staff", item.indexNumber(), "活动已取消，通知内容不再适用");
        BpmnAwareTests.assertThat(pi).isWaitingAt(ItemWithdrawalProcess.USER_APPROVE_WITHDRAWAL).task()
                .hasCandidateGroup("leadership");
        BpmnAwareTests.assertThat(pi).variables().containsEntry("title", title)
                .containsEntry("itemUrl", "/catalogue/items/" + item.indexNumber());
        assertThat(pi.getBusinessKey()).isEqualTo(item.indexNumber());
        decide(pi, true, "同意撤回");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ItemWithdrawalProcess.END_ITEM_WITHDRAWN);

        Document page = Jsoup.parse(mvc.perform(get("/catalogue/items/" + item.indexNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".notice").text()).contains("撤回。理由：活动已取消，通知内容不再适用");
        assertThat(page.select("#body-heading")).isEmpty();
        mvc.perform(get("/api/catalogue/" + item.indexNumber())).andExpect(jsonPath("$.withdrawalReason").value("活动已取消，通知内容不再适用"))
                .andExpect(jsonPath("$.body").doesNotExist());
        mvc.perform(get("/api/catalogue").param("q", title)).andExpect(jsonPath("$.total").value(0));
        // withdrawn once is withdrawn: a second request is refused
        assertThatThrownBy(() -> askToWithdraw("policy-staff", item.indexNumber(), "再次撤回")).hasMessageContaining("已撤回");
    }

    @Test
    void theLeadershipRefusesWithAReasonAndTheItemStays() throws Exception {
        String title = "关于某项目的公示 " + UUID.randomUUID().toString().substring(0, 8);
        CatalogueItem item = published(title);
        ProcessInstance pi = askToWithdraw("disclosure", item.indexNumber(), "公示期已满");
        assertThatThrownBy(() -> decide(pi, false, "")).hasMessageContaining("「审核意见」");
        decide(pi, false, "公示结果仍需公开，不予撤回");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ItemWithdrawalProcess.END_WITHDRAWAL_REFUSED);
        mvc.perform(get("/api/catalogue").param("q", title)).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void onlyThePublishingDivisionOrTheOfficeAsksAndOnlyForAPublishedItem() {
        CatalogueItem item = published("关于某会议的通知 " + UUID.randomUUID().toString().substring(0, 8));
        assertThatThrownBy(() -> askToWithdraw("planning-staff", item.indexNumber(), "不再适用"))
                .hasMessageContaining("由政策法规处发布，只能由该处室或公开办申请撤回");
        assertThatThrownBy(() -> askToWithdraw("policy-staff", "765432100/1999-99999", "不再适用"))
                .hasMessageContaining("目录中没有索引号为「765432100/1999-99999」的信息");
        assertThatThrownBy(() -> askToWithdraw("policy-staff", item.indexNumber(), " "))
                .hasMessageContaining("「撤回理由」必须填写");
    }
}
