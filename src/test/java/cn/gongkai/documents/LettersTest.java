package cn.gongkai.documents;

import cn.gongkai.request.RequestLetters;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.fee.FeeCalculator;
import cn.gongkai.request.OpinionParty;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.Outcome;
import cn.gongkai.request.RequestIntake;
import cn.gongkai.request.RequestRepository;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every generated letter opens as a .docx in 公文 layout and carries its key fields. */
@GongkaiTest
class LettersTest {

    @Autowired
    RequestLetters documents;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestRepository requests;
    @Autowired
    JdbcClient jdbc;

    DisclosureRequest r;

    @BeforeEach
    void application() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T02:00:00Z")));
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "NATURAL_PERSON");
        body.put("applicantName", "李明");
        body.put("contactEmail", "liming@example.com");
        body.put("description", "2026年工业稳增长专项资金分配结果");
        DisclosureRequest submitted = intake.submitOnline(body);
        jdbc.sql("UPDATE disclosure_request SET received_on = :d WHERE id = :id")
                .param("d", LocalDate.of(2026, 10, 28)).param("id", submitted.id()).update();
        r = requests.get(submitted.id());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    XWPFDocument open(StoredDocument stored) throws Exception {
        byte[] bytes = documents.content(r.id(), stored.id()).orElseThrow();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static String text(XWPFDocument doc) {
        return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    void assertOfficialLayout(XWPFDocument doc, String title, String addressee) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertThat(ps.get(0).getText()).isEqualTo(title);
        assertThat(ps.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(ps.get(0).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
        assertThat(ps.get(0).getRuns().get(0).getFontSize()).isEqualTo(22);
        assertThat(ps.get(1).getText()).isEqualTo("（申请编号：" + r.trackingCode() + "）");
        assertThat(ps.get(2).getText()).isEqualTo(addressee + "：");
        assertThat(ps.get(3).getRuns().get(0).getFontFamily()).isEqualTo("仿宋_GB2312");
        assertThat(ps.get(3).getRuns().get(0).getFontSize()).isEqualTo(16);
        assertThat(ps.get(3).getIndentationFirstLine()).isEqualTo(640);
        assertThat(ps.get(ps.size() - 2).getText()).isEqualTo("自治区经济和信息化委员会");
        assertThat(ps.get(ps.size() - 1).getText()).isEqualTo("2026年11月2日");
        assertThat(ps.get(ps.size() - 1).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        var section = doc.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
        assertThat(doc.getFooterList()).singleElement().satisfies(f ->
                assertThat(f.getParagraphs().get(0).getCTP().getFldSimpleList()).singleElement()
                        .satisfies(field -> assertThat(field.getInstr()).isEqualTo("PAGE")));
        assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(title);
    }

    @Test
    void theSupplementNoticeNamesWhatIsMissingAndTheApplicantsPeriod() throws Exception {
        StoredDocument d = documents.supplementNotice(r, "1. 请写明资金的年度；\n2. 请写明资金的名称。", 15,
                LocalDate.of(2026, 11, 23), "disclosure");
        assertThat(d.fileName()).isEqualTo("补正告知书-" + r.trackingCode() + "-2026-11-02.docx");
        try (XWPFDocument doc = open(d)) {
            assertOfficialLayout(doc, "补正告知书", "李明");
            assertThat(text(doc)).contains("本机关于2026年10月28日收到您（单位）提出的政府信息公开申请")
                    .contains("“2026年工业稳增长专项资金分配结果”")
                    .contains("第三十条").contains("1. 请写明资金的年度；\n2. 请写明资金的名称。")
                    .contains("请您于2026年11月23日前（本告知书发出之日起15个工作日内）")
                    .contains("视为放弃申请");
        }
    }

    @Test
    void theExtensionNoticeGivesTheReasonAndTheNewDeadline() throws Exception {
        StoredDocument d = documents.extensionNotice(r, 20, "需要调阅多个年度的档案", LocalDate.of(2026, 12, 23), "disclosure-head");
        try (XWPFDocument doc = open(d)) {
            assertOfficialLayout(doc, "延期答复告知书", "李明");
            assertThat(text(doc)).contains("因需要调阅多个年度的档案").contains("第三十三条第二款")
                    .contains("答复期限延长20个工作日").contains("于2026年12月23日前作出答复");
        }
    }

    @Test
    void theConsultationLetterIsAddressedToTheThirdPartyWithItsFifteenDays() throws Exception {
        StoredDocument third = documents.consultationLetter(r, OpinionParty.THIRD_PARTY, "新疆某某科技有限公司",
                "项目申报材料中的技术参数", "policy-liaison");
        try (XWPFDocument doc = open(third)) {
            assertOfficialLayout(doc, "征求意见书", "新疆某某科技有限公司");
            assertThat(text(doc)).contains("第三十二条").contains("项目申报材料中的技术参数").contains("15个工作日内")
                    .contains("由本机关依照").doesNotContain("李明");
        }
        StoredDocument co = documents.consultationLetter(r, OpinionParty.CO_PRODUCER, "自治区财政厅", "联合印发的文件",
                "policy-liaison");
        try (XWPFDocument doc = open(co)) {
            assertThat(text(doc)).contains("第三十四条").contains("视为同意公开");
        }
    }

    @Test
    void theFeeNoticeShowsTheCalculationAndTheAmount() throws Exception {
        StoredDocument d = documents.feeNotice(r, FeeCalculator.perVolume(120), "disclosure");
        try (XWPFDocument doc = open(d)) {
            assertOfficialLayout(doc, "收费通知书", "李明");
            assertThat(text(doc)).contains("国办函〔2020〕109号").contains("第 31–100 页：每页 10 元，计 700 元")
                    .contains("应缴纳信息处理费人民币1100元").contains("20个工作日内缴纳");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Outcome.class)
    void theReplyStatesTheOutcomeItsLegalBasisAndTheRemedies(Outcome outcome) throws Exception {
        String basis = outcome.defaultLegalBasis().isBlank() ? "《中华人民共和国政府信息公开条例》第三十六条" : outcome.defaultLegalBasis();
        StoredDocument d = documents.reply(r, outcome, basis, "经核查的理由。", "电子数据", "电子邮件",
                outcome == Outcome.UNAVAILABLE_NOT_HELD ? "自治区统计局（0991-1234567）" : null,
                LocalDate.of(2026, 10, 30), "leader");
        try (XWPFDocument doc = open(d)) {
            assertOfficialLayout(doc, "政府信息公开申请答复书", "李明");
            String text = text(doc);
            assertThat(text).contains("本机关于2026年10月28日收到您（单位）提出的政府信息公开申请")
                    .contains(basis)
                    .contains("六十日内向自治区人民政府申请行政复议")
                    .contains("六个月内依法向人民法院提起行政诉讼");
            if (outcome.releasesInformation()) {
                assertThat(text).contains("以电子数据形式、通过电子邮件方式向您提供");
            }
            if (outcome == Outcome.UNAVAILABLE_NOT_HELD) {
                assertThat(text).contains("该政府信息由自治区统计局（0991-1234567）负责公开");
            }
            if (outcome == Outcome.OTHER_SUPPLEMENT_OVERDUE || outcome == Outcome.UNAVAILABLE_STILL_UNCLEAR) {
                assertThat(text).contains("2026年10月30日");
            }
            assertThat(text).contains("经核查的理由。").doesNotContain("[(").doesNotContain("${");
        }
    }
}
