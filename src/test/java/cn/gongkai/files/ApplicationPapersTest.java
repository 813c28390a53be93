package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.DisclosureRequestProcess;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An online application with its papers (Art. 29): uploaded on the portal, checked by content,
 * stored with the application or not at all, and opened by staff under the access rules: identity
 * proof for the handling chain only.
 */
@GongkaiTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationPapersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestRepository requests;
    @Autowired
    StoredFiles files;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RequestIntake intake;

    static MockMultipartFile file(String field, String name, byte[] content) {
        return new MockMultipartFile(field, name, "application/octet-stream", content);
    }

    MockMultipartHttpServletRequestBuilder apply(MockMultipartFile... parts) {
        MockMultipartHttpServletRequestBuilder post = multipart("/apply");
        for (MockMultipartFile part : parts) {
            post.file(part);
        }
        post.param("applicantType", "NATURAL_PERSON").param("applicantName", "李娜").param("contactPhone", "13800001234")
                .param("description", "2026年中小企业发展专项资金分配结果");
        return post;
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    long storedFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM stored_file").query(Long.class).single();
    }

    @Test
    void anApplicantAttachesIdentityProofAndPapersAndStaffOfTheHandlingChainOpenThem(CapturedOutput log) throws Exception {
        byte[] id = Samples.jpeg();
        byte[] paper = Samples.pdf("Project list 2026");
        MvcResult result = mvc.perform(apply(file("identityProof", "C:\\fakepath\\身份证.jpg", id),
                        file("papers", "项目清单.pdf", paper), file("papers", "", new byte[0])).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String code = result.getResponse().getRedirectedUrl().substring(7, 28);
        DisclosureRequest r = requests.findByTrackingCode(code).orElseThrow();
        List<StoredFile> stored = files.list(StoredFiles.REQUEST, String.valueOf(r.id()));
        assertThat(stored).extracting(StoredFile::purpose, StoredFile::fileName, StoredFile::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FilePurpose.IDENTITY_PROOF, "身份证.jpg", FileType.JPEG),
                org.assertj.core.groups.Tuple.tuple(FilePurpose.SUPPORTING, "项目清单.pdf", FileType.PDF));
        long identity = stored.get(0).id();
        long supporting = stored.get(1).id();
        String identityUrl = "/staff/requests/" + code + "/files/" + identity;
        String supportingUrl = "/staff/requests/" + code + "/files/" + supporting;

        // the disclosure office (handling chain) opens both; the bytes are the applicant's
        assertThat(mvc.perform(as(get(identityUrl), "disclosure")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(id);
        mvc.perform(as(get(supportingUrl), "disclosure")).andExpect(status().isOk());
        // supervisors see the file but not the applicant's identity papers
        mvc.perform(as(get(supportingUrl), "supervisor")).andExpect(status().isOk());
        mvc.perform(as(get(identityUrl), "supervisor")).andExpect(status().isForbidden());
        Document page = Jsoup.parse(mvc.perform(as(get("/staff/requests/" + code), "supervisor")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("a[href$=/files/" + identity + "]")).isEmpty();
        assertThat(page.select("form.attach")).as("supervisors watch, they do not add papers").isEmpty();
        assertThat(Jsoup.parse(mvc.perform(as(get("/staff/requests/" + code), "disclosure")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("form.attach select#purpose option").eachText())
                .containsExactly("纸质申请扫描件", "补正材料", "证明材料", "提供的政府信息");
        assertThat(page.select("#files-heading + ul").text()).contains("身份证明（个人信息，仅办理人员可查看）")
                .contains("证明材料：项目清单.pdf").doesNotContain("身份证.jpg");
        // a division that does not handle the application sees neither; the public never
        mvc.perform(as(get(supportingUrl), "policy-staff")).andExpect(status().isForbidden());
        mvc.perform(get(identityUrl)).andExpect(status().isUnauthorized());
        // once the policy division handles it, its people are in the handling chain
        jdbc.sql("UPDATE disclosure_request SET division = 'policy' WHERE id = :id").param("id", r.id()).update();
        mvc.perform(as(get(identityUrl), "policy-staff")).andExpect(status().isOk());
        // personal papers are never named in the log
        assertThat(log.getAll()).contains("FILE-001 IDENTITY_PROOF JPEG").doesNotContain("身份证.jpg");
        // a file of another application is not found under this one
        mvc.perform(as(get("/staff/requests/" + code + "/files/" + (supporting + 1000)), "disclosure")).andExpect(status().isNotFound());
    }

    @Test
    void aDisguisedFileIsNamedAndNothingIsStored() throws Exception {
        long applications = jdbc.sql("SELECT COUNT(*) FROM disclosure_request").query(Long.class).single();
        long before = storedFiles();
        Document page = Jsoup.parse(mvc.perform(apply(file("identityProof", "身份证.jpg", Samples.jpeg()),
                        file("papers", "答复.pdf", Samples.program())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#err-papers").text()).startsWith("文件「答复.pdf」的实际格式（application/x-");
        assertThat(page.select("#error-summary a[href=#papers]")).hasSize(1);
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure_request").query(Long.class).single()).isEqualTo(applications);
    }

    @Test
    void aBadFieldAndABadFileAreNamedTogether() throws Exception {
        MockMultipartHttpServletRequestBuilder post = multipart("/apply");
        post.file(file("papers", "照片.pdf", Samples.png()));
        post.param("applicantName", "李娜").param("description", "2026年专项资金");
        Document page = Jsoup.parse(mvc.perform(post.with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#error-summary a").eachAttr("href")).contains("#papers", "#applicantType", "#contactPhone");
    }

    @Test
    void theApplicationFormSaysWhatMayBeUploaded() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/apply")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form.application").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("input[type=file]#identityProof").attr("accept")).contains(".pdf", ".ofd", ".wps", ".et");
        assertThat(page.select("input[type=file]#papers").hasAttr("multiple")).isTrue();
        assertThat(page.text()).contains("单个文件不超过 20 MB，合计不超过 100 MB").contains("身份证明仅供办理本申请的工作人员查看");
    }

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCrashBeforeTheCommitLeavesNeitherTheApplicationNorItsFiles() {
        StoredTogether.aCrashBeforeTheCommitLeavesNeitherTheApplicationNorItsFiles(tx, intake, jdbc);
    }

    String submitted() throws Exception {
        MvcResult result = mvc.perform(apply(file("identityProof", "身份证.png", Samples.png())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl().substring(7, 28);
    }

    @Test
    void staffAddAScannedPaperApplicationAndTheEvidencePackCarriesThePapersForTheHandlingChainOnly() throws Exception {
        String code = submitted();
        long id = requests.findByTrackingCode(code).orElseThrow().id();
        MockMultipartHttpServletRequestBuilder attach = multipart("/staff/requests/" + code + "/files");
        attach.file(file("files", "纸质申请扫描件.pdf", Samples.pdf("Paper application")));
        attach.param("purpose", "PAPER_SCAN");
        mvc.perform(as(attach, "disclosure").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(files.list(StoredFiles.REQUEST, String.valueOf(id))).extracting(StoredFile::purpose, StoredFile::uploadedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FilePurpose.IDENTITY_PROOF, null),
                        org.assertj.core.groups.Tuple.tuple(FilePurpose.PAPER_SCAN, "disclosure"));

        // supervisors watch, they do not add papers; a bad file is named and nothing is kept
        MockMultipartHttpServletRequestBuilder bySupervisor = multipart("/staff/requests/" + code + "/files");
        bySupervisor.file(file("files", "说明.txt", Samples.text("说明"))).param("purpose", "SUPPORTING");
        mvc.perform(as(bySupervisor, "supervisor").with(csrf())).andExpect(status().isForbidden());
        MockMultipartHttpServletRequestBuilder bad = multipart("/staff/requests/" + code + "/files");
        bad.file(file("files", "扫描件.pdf", Samples.program())).param("purpose", "PAPER_SCAN");
        Document page = Jsoup.parse(mvc.perform(as(bad, "disclosure").with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("form.attach .errors").text()).contains("文件「扫描件.pdf」的实际格式");
        assertThat(files.list(StoredFiles.REQUEST, String.valueOf(id))).hasSize(2);

        assertThat(entries(mvc.perform(as(get("/staff/requests/" + code + "/evidence.zip"), "disclosure"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .anyMatch(n -> n.startsWith("申请材料/") && n.endsWith("身份证明 身份证.png"))
                .anyMatch(n -> n.startsWith("申请材料/") && n.endsWith("纸质申请扫描件 纸质申请扫描件.pdf"));
        assertThat(entries(mvc.perform(as(get("/staff/requests/" + code + "/evidence.zip"), "supervisor"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .noneMatch(n -> n.startsWith("申请材料/"));
    }

    @Test
    void anApplicantSupplementsOnlineWithFiles() throws Exception {
        RequestDriver driver = new RequestDriver(engine, intake);
        ProcessInstance pi = driver.submitOnline("关于有关项目的资料");
        driver.confirm(pi);
        driver.askForSupplement(pi, "请写明项目名称和年度。");
        String code = pi.getBusinessKey();
        long id = requests.findByTrackingCode(code).orElseThrow().id();

        MockMultipartHttpServletRequestBuilder bad = multipart("/track/" + code + "/supplement");
        bad.file(file("supplementFiles", "补正.docx", Samples.png())).param("content", "");
        Document page = Jsoup.parse(mvc.perform(bad.with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#err-supplementFiles").text()).contains("文件「补正.docx」的扩展名与内容不符");
        assertThat(page.select("#err-content").text()).isEqualTo("「补正内容」必须填写");
        assertThat(files.list(StoredFiles.REQUEST, String.valueOf(id))).isEmpty();

        MockMultipartHttpServletRequestBuilder good = multipart("/track/" + code + "/supplement");
        good.file(file("supplementFiles", "补正说明.docx", Samples.docx("补充说明：所需信息为2026年第一批项目")))
                .param("content", "所需信息为2026年第一批项目，见附件");
        mvc.perform(good.with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(files.list(StoredFiles.REQUEST, String.valueOf(id))).extracting(StoredFile::purpose, StoredFile::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FilePurpose.SUPPLEMENT, "补正说明.docx"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(DisclosureRequestProcess.USER_REVIEW_APPLICATION);
    }

    static List<String> entries(byte[] zip) throws java.io.IOException {
        List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
