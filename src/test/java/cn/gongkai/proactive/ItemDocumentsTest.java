package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.SERVICE_PUBLISH_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.Samples;
import cn.gongkai.files.StoredFile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A proactive item with its documents (issue 13, item 1): the drafting division adds the signed
 * document and annexes, every reviewer opens them from the task form's link, and once published the
 * public gets them from the catalogue page, the API and the Atom feed.
 */
@GongkaiTest
class ItemDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ItemFiles items;

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    MockMultipartHttpServletRequestBuilder upload(ProcessInstance pi, FilePurpose purpose, String name, byte[] content) {
        MockMultipartHttpServletRequestBuilder post = multipart("/staff/items/" + pi.getId() + "/files");
        post.file(new MockMultipartFile("files", name, "application/octet-stream", content));
        post.param("purpose", purpose.name());
        return post;
    }

    String itemFiles(ProcessInstance pi) {
        return (String) engine.getRuntimeService().getVariable(pi.getId(), ProactiveDisclosure.ITEM_FILES.name());
    }

    @Test
    void theDivisionAddsTheSignedDocumentEveryReviewerOpensItAndThePublicGetsItOncePublished() throws Exception {
        ProactiveDrafts drafts = new ProactiveDrafts(engine);
        ProcessInstance pi = drafts.start("关于促进工业经济稳增长的若干措施 " + UUID.randomUUID().toString().substring(0, 8), "2026-11-27");
        assertThat(itemFiles(pi)).isEqualTo("[打开条目的正式文件和附件](/staff/items/" + pi.getId() + ") · 尚无文件");

        byte[] signed = Samples.docx("关于促进工业经济稳增长的若干措施：一、加大企业技术改造支持力度。" + "正文".repeat(3000));
        mvc.perform(as(upload(pi, FilePurpose.SIGNED_DOCUMENT, "稳增长措施.docx", signed), "policy-staff").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(upload(pi, FilePurpose.ANNEX, "项目表.xlsx", Samples.xlsx("项目名称")), "policy-liaison").with(csrf()))
                .andExpect(status().is3xxRedirection());
        // neither a supervisor nor another division adds files; a disguised file is refused
        mvc.perform(as(upload(pi, FilePurpose.ANNEX, "说明.txt", Samples.text("说明")), "supervisor").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(as(upload(pi, FilePurpose.ANNEX, "说明.txt", Samples.text("说明")), "planning-staff").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(as(upload(pi, FilePurpose.ANNEX, "附件.pdf", Samples.program()), "policy-staff").with(csrf()))
                .andExpect(status().isBadRequest());

        List<StoredFile> stored = items.list(pi.getId());
        assertThat(stored).extracting(StoredFile::purpose).containsExactly(FilePurpose.SIGNED_DOCUMENT, FilePurpose.ANNEX);
        String signedUrl = "/staff/items/" + pi.getId() + "/files/" + stored.get(0).id();
        // every task form shows the link to each file
        assertThat(itemFiles(pi)).contains("- [正式文件：稳增长措施\\.docx（Word 文档，").contains("](" + signedUrl + ")")
                .contains("附件：项目表\\.xlsx");
        // every reviewer of the chain opens it; another division, the public and anonymous do not
        for (String reviewer : List.of("policy-head", "secrecy", "office", "leader", "supervisor")) {
            assertThat(mvc.perform(as(get(signedUrl), reviewer)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray()).as(reviewer).isEqualTo(signed);
        }
        mvc.perform(as(get(signedUrl), "planning-staff")).andExpect(status().isForbidden());
        mvc.perform(get(signedUrl)).andExpect(status().isUnauthorized());
        mvc.perform(get("/catalogue/files/" + stored.get(0).id())).andExpect(status().isNotFound());

        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        CatalogueItem item = catalogue.findByProcessInstance(pi.getId()).orElseThrow();
        assertThat(item.fullTextElectronic()).isTrue();

        String page = mvc.perform(get("/catalogue/items/" + item.indexNumber())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document html = Jsoup.parse(page);
        assertThat(html.select("details .body-text").text()).hasSizeGreaterThan(6000);
        assertThat(html.select("#files-heading + ul a").eachText()).containsExactly("正式文件：稳增长措施.docx", "附件：项目表.xlsx");
        String publicUrl = html.select("#files-heading + ul a").first().attr("href");
        assertThat(mvc.perform(get(publicUrl)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(signed);
        mvc.perform(get("/api/catalogue/" + item.indexNumber())).andExpect(status().isOk())
                .andExpect(jsonPath("$.fullText").value(org.hamcrest.Matchers.startsWith("关于促进工业经济稳增长的若干措施：一、加大企业技术改造支持力度。")))
                .andExpect(jsonPath("$.files[0].kind").value("SIGNED_DOCUMENT"))
                .andExpect(jsonPath("$.files[0].name").value("稳增长措施.docx"))
                .andExpect(jsonPath("$.files[0].url").value(publicUrl))
                .andExpect(jsonPath("$.files[1].mediaType").value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        String feed = mvc.perform(get("/catalogue/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("rel=\"enclosure\"").contains(publicUrl + "\"");
        // the catalogue's search finds the item by the text of its signed document, extracted once
        mvc.perform(get("/api/catalogue").param("q", "加大企业技术改造支持力度")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].indexNumber", org.hamcrest.Matchers.hasItem(item.indexNumber())));
        // the item is published: its staff page and its files are closed to changes
        mvc.perform(as(upload(pi, FilePurpose.ANNEX, "补充.txt", Samples.text("补充")), "policy-staff").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSignedDocumentThatIsABareScanIsNotFullElectronicText() throws Exception {
        ProactiveDrafts drafts = new ProactiveDrafts(engine);
        ProcessInstance pi = drafts.start("关于某项目的批复 " + UUID.randomUUID().toString().substring(0, 8), "2026-11-27");
        mvc.perform(as(upload(pi, FilePurpose.SIGNED_DOCUMENT, "批复扫描件.png", Samples.png()), "policy-staff").with(csrf()))
                .andExpect(status().is3xxRedirection());
        drafts.approveAll(pi);
        execute(job(SERVICE_PUBLISH_ITEM, pi));
        assertThat(catalogue.findByProcessInstance(pi.getId()).orElseThrow().fullTextElectronic()).isFalse();
    }
}
