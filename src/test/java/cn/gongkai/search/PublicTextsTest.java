package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import cn.gongkai.GongkaiTest;
import cn.gongkai.catalogue.CatalogueItem;
import cn.gongkai.catalogue.CatalogueService;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.catalogue.ItemWithdrawals;
import cn.gongkai.catalogue.Publication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Already public?": the published items and answers that match an application's wording, ranked by
 * the words they share (segmented, not substring), with real-looking texts of a health commission.
 */
@GongkaiTest
class PublicTextsTest {

    @Autowired
    PublicTexts texts;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ItemWithdrawals withdrawals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    CatalogueItem publish(String title, String summary, String body, String division, String divisionName) {
        return catalogue.publish(new Publication(UUID.randomUUID().toString(), title, summary, body, "finance", division,
                divisionName, null, DocumentType.OTHER, LocalDate.of(2026, 3, 2), true));
    }

    long publishAnswer(String subject, String question, String answer) {
        String code = "ZX" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO consultation (tracking_code, channel, asker_name, subject, question, received_on, status, "
                        + "answer, answered_on, published, submitted_at) VALUES (:code, 'ONLINE', '李明', :subject, :question, "
                        + ":on, 'ANSWERED', :answer, :on, TRUE, :at)")
                .param("code", code).param("subject", subject).param("question", question).param("answer", answer)
                .param("on", LocalDate.of(2026, 4, 1)).param("at", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM consultation WHERE tracking_code = :code").param("code", code).query(Long.class).single();
    }

    List<String> references(String wording) {
        return texts.matching(wording, 10).stream().map(PublicMatch::reference).toList();
    }

    @Test
    void theItemThatAnswersTheApplicationComesFirstAndTheMerelySimilarAfterOrNotAtAll() {
        CatalogueItem accounts = publish("广东省卫生健康委员会2025年度部门决算",
                "2025年度部门决算报表及说明，含财政拨款“三公”经费支出情况",
                "一、部门主要职责 二、部门决算报表：收入支出决算总表、财政拨款支出决算表、“三公”经费支出决算表 "
                        + "三、2025年度部门决算情况说明：因公出国（境）费、公务用车购置及运行维护费、公务接待费",
                "finance", "财务处");
        CatalogueItem budget = publish("广东省卫生健康委员会2026年部门预算",
                "2026年部门预算报表及说明", "收支预算总表、财政拨款收支预算总表、一般公共预算支出表", "finance", "财务处");
        CatalogueItem clinics = publish("关于印发全省二级以上医院门诊预约诊疗服务工作方案的通知",
                "推进分时段预约诊疗", "各地级以上市卫生健康局：现将《全省二级以上医院门诊预约诊疗服务工作方案》印发给你们",
                "medical", "医政医管处");

        List<String> found = references("请公开贵委2025年部门决算中的“三公”经费支出情况，包括公务接待费和公务用车运行维护费");

        assertThat(found).first().isEqualTo(accounts.indexNumber());
        assertThat(found).doesNotContain(clinics.indexNumber());
        if (found.contains(budget.indexNumber())) {
            assertThat(found.indexOf(budget.indexNumber())).isGreaterThan(0);
        }
    }

    @Test
    void aPublishedAnswerIsFoundBesideTheItemAndSegmentationNotSubstringsDecides() throws Exception {
        CatalogueItem subsidies = publish("2025年度全省养老机构床位运营补贴发放名单",
                "按机构列明核定床位数、入住老人数和补贴金额", "附件：2025年度养老机构运营补贴发放名单（按地级市排列）",
                "elderly", "老龄健康处");
        long answer = publishAnswer("养老机构运营补贴的标准是多少",
                "请问民办养老机构的床位运营补贴按什么标准发放？",
                "按照实际入住的老年人数量，每床每月补贴200元，由所在地卫生健康部门按季度审核发放。");

        List<PublicMatch> matches = texts.matching("我想了解2025年养老机构床位运营补贴的发放名单和补贴标准", 10);

        assertThat(matches).extracting(PublicMatch::reference).startsWith(subsidies.indexNumber())
                .contains(String.valueOf(answer));
        assertThat(matches.get(0).relevance()).isEqualTo(1.0);
        assertThat(matches.get(0).path()).startsWith("/catalogue/items/");
        PublicMatch qa = matches.stream().filter(m -> m.kind() == PublicMatch.Kind.QA).findFirst().orElseThrow();
        assertThat(qa.path()).isEqualTo("/consultations#qa-" + answer);
        mvc.perform(get("/consultations")).andExpect(content().string(containsString("id=\"qa-" + answer + "\"")));
        assertThat(qa.title()).isEqualTo("养老机构运营补贴的标准是多少");
        // a wording sharing only one word ("医院") with a published title is not "already public"
        assertThat(references("申请公开某某市人民医院院长的个人收入情况")).doesNotContain(subsidies.indexNumber());
        // nor do two common words ("全省", "名单") of a wording about something else
        assertThat(references("请提供全省职业病防治院尘肺病康复站建设名单")).doesNotContain(subsidies.indexNumber());
        assertThat(texts.matching("申请公开相关政府信息", 10)).as("boilerplate alone matches nothing").isEmpty();
    }

    @Test
    void theIndexFollowsPublicationAndWithdrawal() {
        String wording = "请提供全省职业病防治院尘肺病康复站建设名单";
        assertThat(references(wording)).isEmpty();

        CatalogueItem stations = publish("全省尘肺病康复站建设名单（第三批）", "第三批尘肺病康复站名单",
                "经各地推荐、专家评审，确定以下乡镇卫生院为第三批尘肺病康复站建设单位", "occupational", "职业健康处");
        assertThat(references(wording)).containsExactly(stations.indexNumber());

        withdrawals.withdraw(stations.indexNumber(), "名单有误，撤回");
        assertThat(references(wording)).isEmpty();
    }
}
