package cn.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.report.AnnualReportService;
import cn.gongkai.report.ProactiveSummary;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 有效性 (issue 13, item 5): a published 规章 or 行政规范性文件 is marked amended or repealed with the
 * day and the document that did it; the catalogue shows it and section 二 of the annual report
 * counts repeals and documents in force from these records.
 */
@GongkaiTest
class ItemValidityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    AnnualReportService reports;

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    CatalogueItem published(DocumentType type) {
        return catalogue.publish(new Publication(UUID.randomUUID().toString(), "关于印发某管理办法的通知 " + UUID.randomUUID(),
                "", "第一条 ……", "policies", "policy", "政策法规处", "新经信规〔2026〕7号", type, LocalDate.of(2026, 11, 2), true));
    }

    MockHttpServletRequestBuilder change(CatalogueItem item, String validity, String on, String basis) {
        return post("/staff/catalogue/validity").param("index", item.indexNumber()).param("validity", validity)
                .param("changedOn", on).param("basis", basis);
    }

    ProactiveSummary.DocumentCounts normative() {
        return reports.build(2026).proactive().documents().get(DocumentType.NORMATIVE_DOCUMENT);
    }

    @Test
    void theDivisionMarksADocumentAmendedThenRepealedAndTheCatalogueAndTheReportFollow() throws Exception {
        CatalogueItem item = published(DocumentType.NORMATIVE_DOCUMENT);
        ProactiveSummary.DocumentCounts before = normative();
        String page = "/staff/catalogue/validity?index=" + item.indexNumber();
        mvc.perform(as(get(page), "policy-staff")).andExpect(status().isOk());
        mvc.perform(as(get(page), "planning-staff")).andExpect(status().isForbidden());
        mvc.perform(as(get(page), "supervisor")).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().isUnauthorized());

        // bad input is named: still in force is no change, a day to come, no document
        String errors = Jsoup.parse(mvc.perform(as(change(item, "IN_FORCE", "2026-12-31", ""), "policy-staff").with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select(".errors").text();
        assertThat(errors).contains("「有效性」应为「已修改」或「已废止」").contains("「修改或废止日期」应在文件形成之日（2026-11-02）与今天之间")
                .contains("「修改或废止它的文件」必须填写");

        mvc.perform(as(change(item, "AMENDED", "2026-11-20", "《关于修改某管理办法的决定》（新经信规〔2026〕8号）"), "policy-staff")
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(normative()).isEqualTo(before);
        mvc.perform(as(change(item, "REPEALED", "2026-11-25", "《关于废止某管理办法的决定》（新经信规〔2026〕9号）"), "disclosure")
                .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(as(change(item, "AMENDED", "2026-11-26", "x"), "policy-staff").with(csrf())).andExpect(status().isConflict());

        String html = mvc.perform(get("/catalogue/items/" + item.indexNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("th:contains(有效性) + td").text())
                .isEqualTo("已废止（2026-11-25，依据 《关于废止某管理办法的决定》（新经信规〔2026〕9号））");
        mvc.perform(get("/api/catalogue/" + item.indexNumber())).andExpect(status().isOk())
                .andExpect(jsonPath("$.validity").value("REPEALED"))
                .andExpect(jsonPath("$.validityChanges[0].validity").value("AMENDED"))
                .andExpect(jsonPath("$.validityChanges[1].changedOn").value("2026-11-25"));

        // section 二: one more repealed this year, one fewer in force
        ProactiveSummary.DocumentCounts after = normative();
        assertThat(after.repealed()).isEqualTo(before.repealed() + 1);
        assertThat(after.inForce()).isEqualTo(before.inForce() - 1);
    }

    @Test
    void onlyRegulationsAndNormativeDocumentsHaveAValidity() throws Exception {
        CatalogueItem news = published(DocumentType.OTHER);
        mvc.perform(as(change(news, "REPEALED", "2026-11-25", "某决定"), "policy-staff").with(csrf()))
                .andExpect(status().isConflict());
        assertThat(Jsoup.parse(mvc.perform(get("/catalogue/items/" + news.indexNumber())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("th:contains(有效性)")).isEmpty();
    }
}
