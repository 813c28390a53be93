package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestIntake;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A reply hands over the information (issue 13, item 3): staff record what was provided; the
 * applicant gets it by a link mailed to the address given when applying, over a real SMTP
 * conversation; the tracking code alone opens no file.
 */
@GongkaiTest
class ProvidedInformationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static final Pattern LINK = Pattern.compile("http://localhost:8080(/track/[A-Z0-9-]+/files\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestIntake intake;
    @Autowired
    JdbcClient jdbc;

    DisclosureRequest replied(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "NATURAL_PERSON");
        body.put("applicantName", "陈晨");
        body.put("contactEmail", email);
        body.put("description", "2026年第一批中小企业专项资金项目名单");
        body.put("deliveryForm", "ELECTRONIC");
        body.put("deliveryMethod", "EMAIL");
        DisclosureRequest r = intake.submitOnline(body);
        jdbc.sql("UPDATE disclosure_request SET status = 'REPLIED', division = 'sme', outcome = 'DISCLOSED' WHERE id = :id")
                .param("id", r.id()).update();
        return r;
    }

    void provide(DisclosureRequest r, String name, byte[] content) throws Exception {
        MockMultipartHttpServletRequestBuilder upload = multipart("/staff/requests/" + r.trackingCode() + "/files");
        upload.file(new MockMultipartFile("files", name, "application/octet-stream", content)).param("purpose", "PROVIDED");
        String token = Base64.getEncoder().encodeToString("sme-staff:demo".getBytes(StandardCharsets.UTF_8));
        mvc.perform(upload.header("Authorization", "Basic " + token).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApplicantDownloadsWhatWasProvidedThroughALinkMailedToTheirAddress() throws Exception {
        DisclosureRequest r = replied("chenchen@example.com");
        byte[] list = Samples.xlsx("项目名称");
        provide(r, "项目名单.xlsx", list);

        // the tracking page offers the link, but the tracking code alone opens no file
        Document track = Jsoup.parse(mvc.perform(get("/track/" + r.trackingCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(track.select("#provided-heading + p").text()).contains("1 个文件").contains("ch***@example.com");
        assertThat(track.select("a[href*=/files]")).isEmpty();
        mvc.perform(get("/track/" + r.trackingCode() + "/files")).andExpect(status().isForbidden());
        mvc.perform(get("/track/" + r.trackingCode() + "/files").param("token", "guessed")).andExpect(status().isForbidden());

        mvc.perform(post("/track/" + r.trackingCode() + "/files/link").with(csrf())).andExpect(status().is3xxRedirection());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("chenchen@example.com");
        assertThat(mails[0].getSubject()).isEqualTo("您申请公开的政府信息已可下载（" + r.trackingCode() + "）");
        Matcher link = LINK.matcher(String.valueOf(mails[0].getContent()));
        assertThat(link.find()).as(String.valueOf(mails[0].getContent())).isTrue();

        Document page = Jsoup.parse(mvc.perform(get(link.group(1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String download = page.select("main li a").attr("href");
        assertThat(page.select("main li a").text()).isEqualTo("项目名单.xlsx");
        assertThat(mvc.perform(get(download)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(list);

        // one link every ten minutes; another application's code does not take this token
        mvc.perform(post("/track/" + r.trackingCode() + "/files/link").with(csrf())).andExpect(status().isConflict());
        DisclosureRequest other = replied("other@example.com");
        String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
        mvc.perform(get("/track/" + other.trackingCode() + "/files").param("token", token)).andExpect(status().isForbidden());
        // an expired link opens nothing
        jdbc.sql("UPDATE file_access_link SET expires_at = created_at WHERE request_id = :id").param("id", r.id()).update();
        mvc.perform(get(link.group(1))).andExpect(status().isForbidden());
        mvc.perform(get(download)).andExpect(status().isForbidden());
        // the token itself is never stored
        assertThat(jdbc.sql("SELECT token_hash FROM file_access_link WHERE request_id = :id").param("id", r.id())
                .query(String.class).single()).isNotEqualTo(token).hasSize(64);
    }

    @Test
    void nothingIsOfferedBeforeTheReplyOrWithoutAnAddress() throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "NATURAL_PERSON");
        body.put("applicantName", "陈晨");
        body.put("contactPhone", "13500001234");
        body.put("description", "2026年第二批中小企业专项资金项目名单");
        DisclosureRequest phoneOnly = intake.submitOnline(body);
        jdbc.sql("UPDATE disclosure_request SET status = 'REPLIED', division = 'sme' WHERE id = :id").param("id", phoneOnly.id()).update();
        provide(phoneOnly, "名单.pdf", Samples.pdf("List"));
        mvc.perform(post("/track/" + phoneOnly.trackingCode() + "/files/link").with(csrf())).andExpect(status().isConflict());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
