package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestRepository;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
        List<StoredFile> stored = files.list(StoredFiles.REQUEST, r.id());
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
}
