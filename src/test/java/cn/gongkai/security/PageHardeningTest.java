package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Our own pages as a browser meets them: the headers the Camunda webapps send too (and a stricter
 * Content-Security-Policy), a CSRF token in every form, and forms sent without it refused with a
 * page that says what to do.
 */
@GongkaiTest
class PageHardeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Environment environment;

    @Test
    void everyPageForbidsFramingSniffingForeignScriptsAndReferrers() throws Exception {
        for (String page : new String[] {"/", "/apply", "/consult", "/catalogue", "/reports/annual", "/track",
            "/api/catalogue", "/staff/reminders"}) {
            mvc.perform(get(page))
                    .andExpect(header().string("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
        assertThat(WebSecurity.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .doesNotContain("unsafe");
    }

    @Test
    void everyFormCarriesAToken() throws Exception {
        for (String page : new String[] {"/apply", "/consult"}) {
            Document html = Jsoup.parse(mvc.perform(get(page)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select("form[method=post] input[type=hidden][name=_csrf]")).as(page).hasSize(1);
        }
    }

    @Test
    void aFormSentWithoutItsTokenIsRefusedWithAPageThatSaysWhatToDo() throws Exception {
        for (String form : new String[] {"/apply", "/consult", "/track/YS2026-AAAA-BBBB-CCCC/supplement"}) {
            String page = mvc.perform(post(form).param("applicantName", "王芳"))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(form).contains("页面已过期，请重新提交");
        }
        mvc.perform(post("/consult").with(csrf()).param("name", "王芳")).andExpect(status().isBadRequest());
    }

    @Test
    void theJsonApiTakesOnlyJsonWhichNoFormCanSend() throws Exception {
        mvc.perform(post("/api/requests").contentType(MediaType.TEXT_PLAIN).content("{\"applicantType\":\"NATURAL_PERSON\"}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/consultations").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theEmbeddedDefaultListensOnThisMachineOnly() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
    }
}
