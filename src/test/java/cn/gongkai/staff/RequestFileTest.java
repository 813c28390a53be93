package cn.gongkai.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.RequestLetters;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff file of an application: who may open it, and its documents as .docx downloads. */
@GongkaiTest
class RequestFileTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;
    @Autowired
    RequestLetters documents;
    @Autowired
    JdbcClient jdbc;

    DisclosureRequest r;
    StoredDocument notice;

    @BeforeEach
    void application() {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "NATURAL_PERSON");
        body.put("applicantName", "孙丽");
        body.put("contactPhone", "13700001111");
        body.put("description", "本委2025年度政府采购项目清单");
        DisclosureRequest submitted = intake.submitOnline(body);
        jdbc.sql("UPDATE disclosure_request SET division = 'policy', received_on = :d WHERE id = :id")
                .param("d", LocalDate.of(2026, 11, 2)).param("id", submitted.id()).update();
        r = requests.get(submitted.id());
        notice = documents.supplementNotice(r, "请写明年度。", 15, LocalDate.of(2026, 11, 23), "disclosure");
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    @Test
    void anAnonymousVisitorIsAskedToLogIn() throws Exception {
        mvc.perform(get("/staff/requests/" + r.trackingCode()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        // a made-up user, so that no demo user is locked out by the login throttling
        mvc.perform(as(get("/staff/requests/" + r.trackingCode()), "no-such-user", "wrong")).andExpect(status().isUnauthorized());
    }

    @Test
    void theDisclosureOfficeAndTheHandlingDivisionMayOpenTheFileOtherDivisionsMayNot() throws Exception {
        String page = mvc.perform(as(get("/staff/requests/" + r.trackingCode()), "disclosure", "demo"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("孙丽").contains("13700001111").contains("补正告知书");
        mvc.perform(as(get("/staff/requests/" + r.trackingCode()), "policy-liaison", "demo")).andExpect(status().isOk());
        mvc.perform(as(get("/staff/requests/" + r.trackingCode()), "supervisor", "demo")).andExpect(status().isOk());
        mvc.perform(as(get("/staff/requests/" + r.trackingCode()), "planning-staff", "demo")).andExpect(status().isForbidden());
        mvc.perform(as(get("/staff/requests/YS2026-0000-0000-0000"), "disclosure", "demo")).andExpect(status().isNotFound());
    }

    @Test
    void aDocumentDownloadsAsADocxThatOpens() throws Exception {
        byte[] bytes = mvc.perform(as(get("/staff/requests/" + r.trackingCode() + "/documents/" + notice.id()), "policy-head", "demo"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", RequestFileController.DOCX.toString()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("补正告知书");
        }
        mvc.perform(as(get("/staff/requests/" + r.trackingCode() + "/documents/" + (notice.id() + 999)), "disclosure", "demo"))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/staff/requests/" + r.trackingCode() + "/documents/" + notice.id()), "sme-staff", "demo"))
                .andExpect(status().isForbidden());
    }
}
