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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published item corrected by a new version (issue 13, item 5): the correction names the item it
 * replaces; the old one stays reachable, marked as replaced, and leaves the lists, search and feed.
 */
@GongkaiTest
class ItemVersionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueService catalogue;

    CatalogueItem publish(Map<String, Object> draft, String drafter) {
        ProactiveDrafts drafts = new ProactiveDrafts(engine);
        ProcessInstance pi = drafts.start(drafter, draft);
        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        return catalogue.findByProcessInstance(pi.getId()).orElseThrow();
    }

    @Test
    void aCorrectionReplacesThePublishedItemWhichStaysReachableAndMarked() throws Exception {
        String title = "关于调整专项资金申报条件的通知 " + UUID.randomUUID().toString().substring(0, 8);
        CatalogueItem first = publish(ProactiveDrafts.draft(title, "2026-11-20"), ProactiveDrafts.DRAFTER);
        Map<String, Object> correction = ProactiveDrafts.draft(title + "（更正）", "2026-11-27");
        correction.put("replaces", first.indexNumber());
        CatalogueItem second = publish(correction, ProactiveDrafts.DRAFTER);

        Document old = Jsoup.parse(mvc.perform(get("/catalogue/items/" + first.indexNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(old.select(".notice").text()).contains("更正，现行版本为 " + second.indexNumber());
        assertThat(old.select(".notice a").attr("href")).isEqualTo("/catalogue/items/" + second.indexNumber());
        Document current = Jsoup.parse(mvc.perform(get("/catalogue/items/" + second.indexNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(current.text()).contains("本信息更正并替代 " + first.indexNumber());
        mvc.perform(get("/api/catalogue/" + first.indexNumber())).andExpect(jsonPath("$.replacedBy").value(second.indexNumber()));
        mvc.perform(get("/api/catalogue/" + second.indexNumber())).andExpect(jsonPath("$.replaces").value(first.indexNumber()));
        // lists, search and feed show only the current version
        mvc.perform(get("/api/catalogue").param("q", title)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indexNumber").value(second.indexNumber()));
        String feed = mvc.perform(get("/catalogue/feed.atom")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains(second.indexNumber()).doesNotContain(">" + title + "<");

        // a version already replaced, an unknown index and another division's item cannot be corrected
        Map<String, Object> again = ProactiveDrafts.draft(title + "（再次更正）", "2026-11-27");
        again.put("replaces", first.indexNumber());
        assertThatThrownBy(() -> new ProactiveDrafts(engine).start(ProactiveDrafts.DRAFTER, again))
                .hasMessageContaining("已被「" + second.indexNumber() + "」替代");
        again.put("replaces", "765432100/1999-99999");
        assertThatThrownBy(() -> new ProactiveDrafts(engine).start(ProactiveDrafts.DRAFTER, again))
                .hasMessageContaining("目录中没有索引号为「765432100/1999-99999」的信息");
        Map<String, Object> planning = ProactiveDrafts.draft(title + "（规划处）", "2026-11-27");
        planning.put("division", "planning");
        planning.put("replaces", second.indexNumber());
        assertThatThrownBy(() -> new ProactiveDrafts(engine).start("planning-staff", planning))
                .hasMessageContaining("由政策法规处发布，只能由该处室更正");
    }
}
