package cn.gongkai.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.process.TaskForms;
import cn.gongkai.agency.GuideProperties;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.request.ApplicationValidator;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.system.AgencyTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 政府信息公开指南 (Art. 12): published from the configuration and the catalogue's categories,
 * dated when it changes, and binding: staff register only applications from announced channels.
 */
@GongkaiTest
class DisclosureGuideTest {

    @Autowired
    TaskForms forms;

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureGuide guide;
    @Autowired
    GuideEditions editions;
    @Autowired
    GuideProperties office;
    @Autowired
    CatalogueProperties catalogue;
    @Autowired
    AgencyTime clock;

    @Test
    void thePublicReadsTheOfficeTheCategoriesAndEveryChannelWithItsReceiptRule() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/guide")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("自治区经济和信息化委员会政府信息公开指南");
        String text = page.text();
        assertThat(text).contains(office.officeName(), office.address(), office.officeHours(), office.phone(), office.fax(),
                office.email());
        assertThat(page.select("ol.categories li").eachText())
                .containsExactlyElementsOf(catalogue.categories().stream().map(CatalogueProperties.Category::name).toList());
        assertThat(page.select("table.channels td:first-child").eachText())
                .containsExactly("当面提交", "挂号信（需签收）", "平信（无需签收）", "传真", "电子邮件", "网上申请");
        assertThat(text).contains("本机关签收之日").contains("邮件系统收到之日").contains("当面提交和邮寄提交的申请，本机关不会拒收");
        assertThat(text).contains("自 " + guide.current().effectiveOn().getYear() + "年").contains("缴费期间不计算在答复期限内");
        assertThat(page.select("header nav a").eachText()).contains("公开指南");
    }

    @Test
    void aChangeOfWhatTheGuideSaysGivesANewDatedEdition() {
        int before = editions.all().size();
        guide.recordEdition();
        assertThat(editions.all()).as("nothing changed, no new edition").hasSize(before);

        editions.insert("an-earlier-edition", clock.today().minusDays(30), Instant.now());
        assertThat(guide.recordEdition()).isEqualTo(clock.today());
        assertThat(editions.all()).hasSize(before + 2);
        assertThat(guide.current().effectiveOn()).isEqualTo(clock.today());
    }

    @Test
    void staffRegisterOnlyApplicationsFromAnnouncedChannels() {
        GuideProperties withoutFax = new GuideProperties(office.officeName(), office.address(), office.postcode(),
                office.officeHours(), office.phone(), "", office.email(), office.website(), List.of("EMAIL"));
        ApplicationValidator validator = new ApplicationValidator(clock, withoutFax, forms);
        Map<String, Object> fax = new java.util.HashMap<>(RequestDriver.application("2026年专项资金名单"));
        fax.put("channel", "FAX");
        fax.put("receivedOn", clock.today().toString());
        assertThatThrownBy(() -> validator.registered(fax)).hasMessageContaining("本机关未在政府信息公开指南中公布「传真」渠道");
        // in person and by post can never be refused, announced or not
        fax.put("channel", "ORDINARY_MAIL");
        assertThat(validator.registered(fax)).isNotNull();
        assertThat(withoutFax.announcedChannels()).startsWith("IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL");
    }
}
