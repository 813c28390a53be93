package cn.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public catalogue: JSON API, pages and Atom feed, with no login. */
@GongkaiTest
class CatalogueWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogueService catalogue;

    String tag;
    CatalogueItem policy2025;
    CatalogueItem news2026;
    CatalogueItem policy2026;

    @BeforeEach
    void publishItems() {
        tag = "T" + UUID.randomUUID().toString().substring(0, 8);
        policy2025 = publish("2025-06-30T02:00:00Z", "关于促进中小企业发展的若干政策 " + tag, "policies");
        news2026 = publish("2026-11-26T02:00:00Z", "我委召开稳增长工作会议 " + tag, "news");
        policy2026 = publish("2026-11-27T02:00:00Z", "工业和信息化领域数据安全管理办法 " + tag, "policies");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    CatalogueItem publish(String at, String title, String category) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
        return catalogue.publish(new Publication(UUID.randomUUID().toString(), title, "内容概述：" + title,
                "第一条 为了……\n第二条 本办法适用于……", category, "policy", "政策法规处", "新经信规〔2026〕2号",
                DocumentType.NORMATIVE_DOCUMENT, LocalDate.parse(at.substring(0, 10)).minusDays(3), true));
    }

    @Test
    void apiSearchesByWordsCategoryAndYear() throws Exception {
        mvc.perform(get("/api/catalogue").param("q", tag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].indexNumber").value(policy2026.indexNumber()))
                .andExpect(jsonPath("$.items[0].title").value(policy2026.title()))
                .andExpect(jsonPath("$.items[0].category").value("policies"))
                .andExpect(jsonPath("$.items[0].categoryName").value("政策法规"))
                .andExpect(jsonPath("$.items[0].division").value("policy"))
                .andExpect(jsonPath("$.items[0].divisionName").value("政策法规处"))
                .andExpect(jsonPath("$.items[0].formedOn").value("2026-11-24"))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2026-11-27"))
                .andExpect(jsonPath("$.items[0].body").doesNotExist());

        mvc.perform(get("/api/catalogue").param("q", tag).param("category", "policies"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].category", not(hasItem("news"))));
        mvc.perform(get("/api/catalogue").param("q", tag).param("year", "2025"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].indexNumber").value(policy2025.indexNumber()));
        mvc.perform(get("/api/catalogue").param("q", tag).param("size", "1").param("page", "2"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].indexNumber").value(news2026.indexNumber()))
                .andExpect(jsonPath("$.totalPages").value(3));
        mvc.perform(get("/api/catalogue").param("q", "稳增长工作会议 " + tag))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/catalogue").param("q", "100%_" + tag))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void indexNumbersFollowTheConfiguredPatternWithAYearlySerial() {
        assertThat(policy2025.indexNumber()).matches("765432100/2025-\\d{5}");
        assertThat(policy2026.indexNumber()).matches("765432100/2026-\\d{5}");
        int serialNews = Integer.parseInt(news2026.indexNumber().substring(15));
        int serialPolicy = Integer.parseInt(policy2026.indexNumber().substring(15));
        assertThat(serialPolicy).isEqualTo(serialNews + 1);
    }

    @Test
    void apiAnswersBadParametersWithProblemDetailsNamingEachField() throws Exception {
        mvc.perform(get("/api/catalogue").param("category", "nope").param("year", "twenty").param("page", "0")
                        .param("size", "1000").param("q", "字".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "category", "year", "page", "size", "q")))
                .andExpect(jsonPath("$.errors[?(@.field == 'year')].message").value(hasItem("「年份」应为整数，收到「twenty」")));
    }

    @Test
    void apiServesOneItemByIndexNumberWithItsSlash() throws Exception {
        mvc.perform(get("/api/catalogue/" + policy2026.indexNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indexNumber").value(policy2026.indexNumber()))
                .andExpect(jsonPath("$.body").value(containsString("第二条")))
                .andExpect(jsonPath("$.documentType").value("NORMATIVE_DOCUMENT"))
                .andExpect(jsonPath("$.fullTextElectronic").value(true));
        mvc.perform(get("/api/catalogue/765432100/1999-99999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("765432100/1999-99999")));
    }

    @Test
    void theCataloguePageListsSearchesAndFilters() throws Exception {
        Document page = html(mvc.perform(get("/catalogue").param("q", tag).param("category", "policies"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("ol.catalogue > li h2 a").eachText())
                .containsExactly(policy2026.title(), policy2025.title());
        assertThat(page.select("ol.catalogue > li h2 a").first().attr("href"))
                .isEqualTo("/catalogue/items/" + policy2026.indexNumber());
        assertThat(page.select("select#category option[selected]").attr("value")).isEqualTo("policies");
        assertThat(page.select("label[for=q]").text()).isEqualTo("关键词");
        assertThat(page.select(".result-count").text()).isEqualTo("共 2 条");
    }

    @Test
    void theCataloguePageExplainsBadParametersInChinese() throws Exception {
        Document page = html(mvc.perform(get("/catalogue").param("year", "abc"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".errors").text()).contains("查询条件有误").contains("year").contains("应为整数");
    }

    @Test
    void theItemPageShowsTheCatalogueFields() throws Exception {
        Document page = html(mvc.perform(get("/catalogue/items/" + policy2026.indexNumber()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo(policy2026.title());
        assertThat(page.select("table.metadata").text())
                .contains("索引号 " + policy2026.indexNumber())
                .contains("类别 政策法规")
                .contains("文号 新经信规〔2026〕2号")
                .contains("生成日期 2026-11-24")
                .contains("发布日期 2026-11-27")
                .contains("文件类型 行政规范性文件");
        assertThat(page.select(".body-text").text()).contains("第二条");

        mvc.perform(get("/catalogue/items/765432100/1999-99999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未找到该信息")));
    }

    @Test
    void theAtomFeedListsTheNewestItems() throws Exception {
        String xml = mvc.perform(get("/catalogue/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
        assertThat(feed.getTitle()).isEqualTo("自治区经济和信息化委员会政府信息公开目录");
        Entry newest = feed.getEntries().stream().filter(e -> e.getTitle().equals(policy2026.title())).findFirst()
                .orElseThrow();
        assertThat(newest.getAlternateLinks().get(0).getHref()).endsWith("/catalogue/items/" + policy2026.indexNumber());
        assertThat(newest.getCategories().get(0).getLabel()).isEqualTo("政策法规");
        assertThat(newest.getSummary().getValue()).contains(policy2026.indexNumber());
    }

    @Test
    void theHomePageShowsTheNewestItems() throws Exception {
        Document page = html(mvc.perform(get("/")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        // the newest items of the whole catalogue (other tests publish too), newest first
        assertThat(page.select(".item-list a").eachText())
                .containsExactlyElementsOf(catalogue.latest().stream().map(CatalogueItem::title)
                        .limit(page.select(".item-list a").size()).toList())
                .isNotEmpty();
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("meta[name=viewport]")).isNotEmpty();
    }

    static Document html(String body) {
        return Jsoup.parse(body);
    }
}
