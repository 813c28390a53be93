package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/** The Camunda webapps in Chinese: every label present, ours laid over Camunda's, Chinese chosen first. */
@GongkaiTest
class WebappLocaleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    JsonNode zh(String app) throws Exception {
        return json.readTree(mvc.perform(get("/camunda/app/" + app + "/locales/zh.json").param("bust", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    JsonNode english(String app) throws Exception {
        try (InputStream in = new ClassPathResource(WebappLocaleController.WEBJAR + app + "/locales/en.json").getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text).get("labels");
        }
    }

    @Test
    void everyWebappHasEveryLabelWithOursInChinese() throws Exception {
        for (String app : WebappLocaleController.APPS) {
            JsonNode labels = zh(app).get("labels");
            for (Iterator<String> keys = english(app).fieldNames(); keys.hasNext();) {
                String key = keys.next();
                assertThat(labels.has(key)).as(app + " " + key).isTrue();
            }
        }
        JsonNode tasklist = zh("tasklist");
        assertThat(tasklist.get("labels").get("CLAIM_TASK").asText()).isEqualTo("认领");
        assertThat(tasklist.get("labels").get("START_PROCESS").asText()).isEqualTo("发起流程");
        assertThat(tasklist.get("dateLocales").get("months").get(0).asText()).isEqualTo("一月");
        // a label the welcome page shares word for word with Tasklist takes Tasklist's translation
        assertThat(zh("welcome").get("labels").get("PAGE_LOGIN_USERNAME").asText()).isEqualTo("用户名");
        assertThat(zh("welcome").get("labels").get("CHANGE_PASSWORD").asText()).isEqualTo("修改密码");
    }

    /**
     * No screen of Tasklist, Cockpit (its admin tools included), Admin or the welcome page is left in
     * English: a label may equal Camunda's English only where that is a technical token.
     */
    @Test
    void noLabelIsLeftInEnglish() throws Exception {
        Set<String> technical = Set.of("ID", "ID*", "CSV", "JSON", "YYYY-MM-DDTHH:mm:ss", "Optimize");
        List<String> untranslated = new ArrayList<>();
        for (String app : new TreeSet<>(WebappLocaleController.APPS)) {
            JsonNode english = english(app);
            JsonNode labels = zh(app).get("labels");
            for (Iterator<String> keys = english.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                String text = english.get(key).asText();
                if (labels.get(key).asText().equals(text) && text.matches("(?s).*[A-Za-z]{2,}.*") && !technical.contains(text)) {
                    untranslated.add(app + " " + key + ": " + text);
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void chineseIsTheLanguageForEveryoneByDefault() throws Exception {
        String config = mvc.perform(get("/camunda/app/tasklist/scripts/config.js").param("bust", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(config).contains("locales: { availableLocales: ['zh'], fallbackLocale: 'zh' },")
                .contains("app: { name: '任务列表', vendor: '政府信息公开' },")
                // the forms' messages in Chinese too
                .contains("customScripts: ['scripts/forms-zh'],")
                // the webapp's own settings stay
                .contains("claimTask");
        assertThat(mvc.perform(get("/camunda/app/tasklist/scripts/forms-zh.js").param("bust", "7.24.0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("此项为必填项。").contains("const language = 'zh';").doesNotContain("navigator.language");
        assertThat(mvc.perform(get("/camunda/app/cockpit/scripts/config.js")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("scripts/forms-zh");
        assertThat(mvc.perform(get("/camunda/app/cockpit/styles/user-styles.css")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(".ce-eol-banner");
        mvc.perform(get("/camunda/app/unknown/locales/zh.json")).andExpect(status().isNotFound());
        // English is still served as Camunda ships it
        mvc.perform(get("/camunda/app/tasklist/locales/en.json")).andExpect(status().isOk());
    }

    @Test
    void anAgencyMayLetEachBrowserChooseChineseOrEnglish() {
        WebappLocaleController browsers = new WebappLocaleController(new com.fasterxml.jackson.databind.ObjectMapper(),
                new cn.gongkai.webapp.WebappProperties(cn.gongkai.webapp.WebappProperties.Language.BROWSER));
        assertThat(new String(browsers.configured("tasklist"), StandardCharsets.UTF_8))
                .contains("locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' },");
        assertThat(new String(WebappLocaleController.formsScriptFor(cn.gongkai.webapp.WebappProperties.Language.BROWSER),
                StandardCharsets.UTF_8)).contains("navigator.language");
    }
}
