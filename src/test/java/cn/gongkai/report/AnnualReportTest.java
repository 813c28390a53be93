package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gongkai.GongkaiTest;
import cn.gongkai.request.ApplicantType;
import cn.gongkai.request.Outcome;
import cn.gongkai.system.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section 三 and the figures of the annual report, from a year of records with counts worked out by
 * hand (2031, so that no other test's records fall into it; everything is rolled back after each test).
 *
 * <p>The fixture: for 2031, one application per outcome code (21), received from 2031-03-01 on and
 * replied a month later, applicant types in turn (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构,
 * 其他, 自然人, …); two carried over from 2030 and answered in 2031 (自然人 予以公开, 商业企业 逾期未缴费);
 * one from 2030 answered in 2030; two received late in 2031 and not answered in 2031 (自然人 still open,
 * 其他 answered in 2032); one received in 2032; one online submission never received.
 */
@GongkaiTest
@Transactional
class AnnualReportTest {

    static final ApplicantType[] TYPES = ApplicantType.values();

    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void aYearOfRecords() {
        // other tests' applications (received in 2026, some never answered) would be carried over into
        // every later year: within this test's transaction (rolled back) they are answered on the day of receipt
        jdbc.sql("UPDATE disclosure_request SET replied_on = received_on, outcome = COALESCE(outcome, 'DISCLOSED') "
                + "WHERE received_on IS NOT NULL").update();
        // and their published 规章 and 行政规范性文件 would stay in force: here they are of another kind
        jdbc.sql("UPDATE catalogue_item SET document_type = 'OTHER'").update();
        // and repeals entered for other years would come off the documents in force
        jdbc.sql("DELETE FROM annual_report_entry").update();
        Outcome[] outcomes = Outcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            application(TYPES[i % TYPES.length], "2031-03-01", i, "2031-04-01", outcomes[i]);
        }
        application(ApplicantType.NATURAL_PERSON, "2030-12-20", 0, "2031-01-10", Outcome.DISCLOSED);
        application(ApplicantType.COMMERCIAL_ENTERPRISE, "2030-12-28", 0, "2031-02-01", Outcome.OTHER_FEE_UNPAID);
        application(ApplicantType.RESEARCH_INSTITUTION, "2030-11-30", 0, "2030-12-25", Outcome.DISCLOSED);
        application(ApplicantType.NATURAL_PERSON, "2031-12-20", 0, null, null);
        application(ApplicantType.OTHER_ORG, "2031-12-30", 0, "2032-01-05", Outcome.OTHER);
        application(ApplicantType.NATURAL_PERSON, "2032-01-03", 0, null, null);
        application(ApplicantType.NATURAL_PERSON, null, 0, null, null);
        jdbc.sql("UPDATE disclosure_request SET fee_yuan = 30, fee_paid_on = DATE '2031-05-06' WHERE received_on = DATE '2031-03-02'")
                .update();

        item("policies", "NORMATIVE_DOCUMENT", "2031-05-06", true);
        item("news", "OTHER", "2031-06-01", true);
        item("policies", "REGULATION", "2031-09-15", false);
        item("policies", "NORMATIVE_DOCUMENT", "2030-10-10", true);
    }

    void application(ApplicantType type, String receivedOn, int days, String repliedOn, Outcome outcome) {
        LocalDate received = receivedOn == null ? null : LocalDate.parse(receivedOn).plusDays(days);
        LocalDate replied = repliedOn == null ? null : LocalDate.parse(repliedOn).plusDays(days);
        String status = received == null ? "NOT_ACCEPTED" : replied == null ? "IN_PROGRESS" : "CLOSED";
        jdbc.sql("INSERT INTO disclosure_request (tracking_code, channel, applicant_type, applicant_name, description, "
                        + "status, submitted_at, received_on, replied_on, outcome) VALUES (:code, 'ONLINE', :type, '申请人', "
                        + "'测试', :status, :submitted, :received, :replied, :outcome)")
                .param("code", "YS-R-" + UUID.randomUUID().toString().substring(0, 30))
                .param("type", type.name())
                .param("status", status)
                .param("submitted", OffsetDateTime.parse("2030-01-01T00:00:00Z"))
                .param("received", received)
                .param("replied", replied)
                .param("outcome", outcome == null ? null : outcome.name())
                .update();
    }

    void item(String category, String documentType, String publishedOn, boolean fullText) {
        jdbc.sql("INSERT INTO catalogue_item (index_number, title, body, category, division, division_name, "
                        + "document_type, formed_on, published_on, published_at, full_text_electronic) VALUES (:n, '标题', "
                        + "'正文', :category, 'policy', '政策法规处', :type, :on, :on, :at, :full)")
                .param("n", "TEST/" + UUID.randomUUID())
                .param("category", category)
                .param("type", documentType)
                .param("on", LocalDate.parse(publishedOn))
                .param("at", OffsetDateTime.parse(publishedOn + "T02:00:00Z"))
                .param("full", fullText)
                .update();
    }

    static Map<ApplicantType, Long> counts(long naturalPerson, long enterprise, long research, long publicInterest,
            long legalService, long other) {
        return Map.of(ApplicantType.NATURAL_PERSON, naturalPerson, ApplicantType.COMMERCIAL_ENTERPRISE, enterprise,
                ApplicantType.RESEARCH_INSTITUTION, research, ApplicantType.PUBLIC_INTEREST_ORG, publicInterest,
                ApplicantType.LEGAL_SERVICE_ORG, legalService, ApplicantType.OTHER_ORG, other);
    }

    @Test
    void countsEveryCellOfSectionThreeAndTheBalanceHolds() {
        ApplicationTable t = reports.build(2031).applications();
        // received in 2031: the 21 by turn (4, 4, 4, 3, 3, 3) plus 自然人 12-20 and 其他 12-30
        assertThat(t.row(ApplicationTable.NEW).counts()).isEqualTo(counts(5, 4, 4, 3, 3, 4));
        assertThat(t.row(ApplicationTable.CARRIED_OVER).counts()).isEqualTo(counts(1, 1, 0, 0, 0, 0));
        // 予以公开: the first of the 21 (自然人) and the one carried over
        assertThat(t.row("DISCLOSED").counts()).isEqualTo(counts(2, 0, 0, 0, 0, 0));
        assertThat(t.row("PARTIALLY_DISCLOSED").counts()).isEqualTo(counts(0, 1, 0, 0, 0, 0));
        // 不予公开: the 3rd to 10th of the 21 (科研机构, 社会公益, 法律服务, 其他, 自然人, 商业企业, 科研机构, 社会公益)
        assertThat(t.row("group:WITHHELD").counts()).isEqualTo(counts(1, 1, 2, 2, 1, 1));
        assertThat(t.row("WITHHELD_STATE_SECRET").counts()).isEqualTo(counts(0, 0, 1, 0, 0, 0));
        assertThat(t.row("WITHHELD_ADMIN_QUERY").counts()).isEqualTo(counts(0, 0, 0, 1, 0, 0));
        // 无法提供: 11th to 13th (法律服务, 其他, 自然人)
        assertThat(t.row("group:UNAVAILABLE").counts()).isEqualTo(counts(1, 0, 0, 0, 1, 1));
        // 不予处理: 14th to 18th (商业企业, 科研机构, 社会公益, 法律服务, 其他)
        assertThat(t.row("group:NOT_PROCESSED").counts()).isEqualTo(counts(0, 1, 1, 1, 1, 1));
        // 其他处理: 19th to 21st (自然人, 商业企业, 科研机构) and 逾期未缴费 carried over (商业企业)
        assertThat(t.row("group:OTHER").counts()).isEqualTo(counts(1, 2, 1, 0, 0, 0));
        assertThat(t.row("OTHER_FEE_UNPAID").counts()).isEqualTo(counts(0, 2, 0, 0, 0, 0));
        assertThat(t.row(ApplicationTable.TOTAL).counts()).isEqualTo(counts(5, 5, 4, 3, 3, 3));
        assertThat(t.row(ApplicationTable.TOTAL).total()).isEqualTo(23);
        assertThat(t.row(ApplicationTable.CARRIED_FORWARD).counts()).isEqualTo(counts(1, 0, 0, 0, 0, 1));
        assertThat(t.balanced()).isTrue();
        // every outcome row counts once
        assertThat(t.rows().stream().filter(r -> !r.heading() && r.level() > 0 && !r.key().startsWith("group:")
                && !r.key().equals(ApplicationTable.TOTAL)).mapToLong(ReportRow::total).sum()).isEqualTo(23);
    }

    @Test
    void theRowsAreTheFormatsRowsVerbatimAndInOrder() {
        assertThat(reports.build(2031).applications().rows()).extracting(ReportRow::label).containsExactly(
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果",
                "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "（三）不予公开",
                "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "（四）无法提供",
                "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "（五）不予处理",
                "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.其他",
                "（七）总计",
                "四、结转下年度继续办理");
    }

    @Test
    void aRecordThatContradictsTheTableBreaksTheBalanceAndIsNamed() {
        // 2029: one application answered without an outcome
        application(ApplicantType.LEGAL_SERVICE_ORG, "2029-05-01", 0, "2029-06-01", null);
        AnnualReport report = reports.build(2029);
        assertThat(report.applications().balanced()).isFalse();
        assertThat(report.applications().problems()).extracting(BalanceProblem::columnLabel)
                .containsExactly("法律服务机构", "总计");
        assertThat(report.applications().problems().get(0).description())
                .isEqualTo("「法律服务机构」列：一（1）+ 二（0）= 1，而 三（七）（0）+ 四（0）= 0");
        assertThat(report.anomalies()).isEqualTo(1);
        assertThat(reports.anomalies(2029)).singleElement().satisfies(a -> {
            assertThat(a.receivedOn()).isEqualTo(LocalDate.of(2029, 5, 1));
            assertThat(a.outcome()).isNull();
        });
    }

    @Test
    void eachCellDrillsDownToItsApplications() {
        assertThat(reports.cell(2031, "DISCLOSED", ApplicantType.NATURAL_PERSON)).extracting(ReportApplication::receivedOn)
                .containsExactly(LocalDate.of(2030, 12, 20), LocalDate.of(2031, 3, 1));
        assertThat(reports.cell(2031, ApplicationTable.CARRIED_FORWARD, null)).extracting(ReportApplication::receivedOn)
                .containsExactly(LocalDate.of(2031, 12, 20), LocalDate.of(2031, 12, 30));
        assertThat(reports.cell(2031, "group:OTHER", ApplicantType.COMMERCIAL_ENTERPRISE)).hasSize(2);
        assertThat(reports.cell(2031, ApplicationTable.TOTAL, null)).hasSize(23);
        assertThatThrownBy(() -> reports.cell(2031, "nonsense", null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("「行」无法识别");
    }

    @Test
    void countsWhatWasPublished() {
        ProactiveSummary p = reports.build(2031).proactive();
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.byCategory()).containsExactly(Map.entry("news", 1L), Map.entry("policies", 2L));
        assertThat(p.fullTextElectronicRate()).isEqualTo(2.0 / 3);
        assertThat(p.documents().get(cn.gongkai.catalogue.DocumentType.NORMATIVE_DOCUMENT))
                .isEqualTo(new ProactiveSummary.DocumentCounts(1, 0, 2));
        assertThat(p.documents().get(cn.gongkai.catalogue.DocumentType.REGULATION))
                .isEqualTo(new ProactiveSummary.DocumentCounts(1, 0, 1));
    }

    @Test
    void theApiCarriesTheFiguresAndTheTable() throws Exception {
        mvc.perform(get("/api/reports/annual/2031"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2031))
                .andExpect(jsonPath("$.proactive.total").value(3))
                .andExpect(jsonPath("$.proactive.byCategory.policies").value(2))
                .andExpect(jsonPath("$.applications.newThisYear").value(23))
                .andExpect(jsonPath("$.applications.carriedOver").value(2))
                .andExpect(jsonPath("$.applications.carriedForward").value(2))
                .andExpect(jsonPath("$.applications.outcomes.DISCLOSED").value(2))
                .andExpect(jsonPath("$.applications.outcomes.OTHER_FEE_UNPAID").value(2))
                .andExpect(jsonPath("$.applications.byApplicantType.NATURAL_PERSON").value(5))
                .andExpect(jsonPath("$.applications.balanced").value(true))
                .andExpect(jsonPath("$.applications.table.rows.length()").value(30))
                .andExpect(jsonPath("$.applications.table.rows[2].counts").doesNotExist())
                .andExpect(jsonPath("$.applications.table.rows[28].total").value(23))
                .andExpect(jsonPath("$.consultations.byChannel").isMap())
                .andExpect(jsonPath("$.reconsiderations.total").value(0))
                .andExpect(jsonPath("$.lawsuits.total").value(0))
                .andExpect(jsonPath("$.entered.status").doesNotExist())
                .andExpect(jsonPath("$.fees.collectedYuan").value(30));
        mvc.perform(get("/api/reports/annual/20x1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void thePublicPageShowsTheTablesAndStaffDrillDown() throws Exception {
        String page = mvc.perform(get("/reports/annual/2031")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("2031年政府信息公开工作年度报告").contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
                .contains("3.危及“三安全一稳定”").contains("勾稽关系检查：各列均满足").contains("法人或其他组织")
                .doesNotContain("/staff/reports/annual/2031/cell");
        mvc.perform(get("/reports/annual/abcd")).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("「年度」应为四位年份")));

        String staff = mvc.perform(get("/staff/reports/annual/2031").header("Authorization", basic("disclosure")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staff).contains("/staff/reports/annual/2031/cell?row=DISCLOSED&amp;column=NATURAL_PERSON");
        String cell = mvc.perform(get("/staff/reports/annual/2031/cell").param("row", "DISCLOSED").param("column", "NATURAL_PERSON")
                        .header("Authorization", basic("supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cell).contains("行：（一）予以公开；列：自然人；共 2 件").contains("2030-12-20").contains("2031-03-01");
        mvc.perform(get("/staff/reports/annual/2031").header("Authorization", basic("policy-staff")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/reports/annual/2031/cell").param("row", "DISCLOSED")).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff/reports/annual/2031/cell").param("row", "DISCLOSED").param("column", "ALIENS")
                .header("Authorization", basic("disclosure"))).andExpect(status().isBadRequest());
    }

    static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theReportDownloadsAsAWordDocumentAndAWorkbookThatOpen() throws Exception {
        var docx = mvc.perform(get("/reports/annual/2031.docx")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("自治区经济和信息化委员会2031年政府信息公开工作年度报告");
            assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("一、总体情况", "二、主动公开政府信息情况",
                    "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                    "六、其他需要报告的事项");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .startsWith("本年度主动公开政府信息 3 条，其中工作动态 1 条、政策法规 2 条，全文电子化率 66.7%。本年新收政府信息公开申请 23 件"));
            // section 二: the counted block and the three entered blocks; then 三 and 四
            assertThat(doc.getParagraphs()).extracting(p -> p.getText()).contains("本年度实际收取信息处理费共计 30 元。");
            assertThat(doc.getTables()).hasSize(6);
            assertThat(doc.getTables().get(1).getRow(2).getCell(1).getText()).isEqualTo("（待填报）");
            var applications = doc.getTables().get(4);
            assertThat(applications.getRows()).hasSize(3 + 30);
            assertThat(applications.getRow(0).getCell(0).getText()).isEqualTo(ApplicationTable.BALANCE_NOTE);
            assertThat(applications.getRow(6).getCell(0).getText()).endsWith("（一）予以公开");
            assertThat(applications.getRow(6).getCell(1).getText()).isEqualTo("2");
            assertThat(applications.getRow(31).getCell(7).getText()).isEqualTo("23");
        }
        var xlsx = mvc.perform(get("/reports/annual/2031.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("三、依申请公开");
            var sheet = book.getSheetAt(1);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(sheet.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(23);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).endsWith("（一）予以公开");
            assertThat(sheet.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("规章");
            assertThat(book.getSheetAt(0).getRow(4).getCell(3).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void theSameRecordsGiveTheSameReport() {
        assertThat(reports.build(2031)).isEqualTo(reports.build(2031));
        assertThat(List.of(reports.build(2031).applications().row(ApplicationTable.NEW).total())).containsExactly(23L);
    }
}
