package cn.gongkai.screening;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.screening.Finding.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidentialityScreenerTest {

    final ConfidentialityScreener screener = new ConfidentialityScreener(
            new ScreeningProperties(List.of("涉密", "专项资金拨付明细"), List.of("内部资料", "不得外传")));

    List<Finding> screen(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("正文", body);
        return screener.screen(fields).findings();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            机密★1年                          | CLASSIFICATION_MARK
            秘密★                             | CLASSIFICATION_MARK
            本文件为绝密文件                   | CLASSIFICATION_MARK
            【秘密】                           | CLASSIFICATION_MARK
            ★十年                             | CLASSIFICATION_MARK
            内部资料，注意保存                  | INTERNAL_NOTICE
            此件不得外传                       | INTERNAL_NOTICE
            身份证号11010519491231002X         | RESIDENT_ID
            联系电话 13812345678               | MOBILE_NUMBER
            联系电话 +86 138-1234-5678          | MOBILE_NUMBER
            卡号 6222021234567890128           | BANK_CARD
            卡号 6217 0000 0000 0000 004       | BANK_CARD
            含有涉密内容                        | TERM
            """)
    void flags(String text, Kind kind) {
        assertThat(screen(text)).extracting(Finding::kind).contains(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            保护商业秘密和个人隐私              | 秘密 inside ordinary words is not a marking
            身份证号110105194912310021         | wrong check character
            卡号 6222021234567890127           | fails the Luhn check
            编号 12345678                      | too short for anything
            电话 010-12345678                  | a landline is not a mobile number
            """)
    void doesNotFlag(String text, String why) {
        assertThat(screen(text)).as(why).isEmpty();
    }

    @Test
    void masksPersonalNumbersInTheReport() {
        List<Finding> findings = screen("申请人王某，身份证号 440304199001011233，手机 13812345678。");
        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.RESIDENT_ID, Kind.MOBILE_NUMBER);
        assertThat(findings.get(0).match()).isEqualTo("440304********1233");
        assertThat(findings.get(1).match()).isEqualTo("138****5678");
        String report = new ScreeningResult(findings).report();
        assertThat(report).doesNotContain("440304199001011233").doesNotContain("13812345678")
                .contains("【居民身份证号码】正文第 1 行");
    }

    @Test
    void anIdNumberIsNotAlsoReportedAsAMobileOrCard() {
        assertThat(screen("650102198511200019")).extracting(Finding::kind).containsExactly(Kind.RESIDENT_ID);
    }

    @Test
    void reportsTheLineOfEachFinding() {
        List<Finding> findings = screen("第一行\n第二行\n第三行 机密");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.field()).isEqualTo("正文");
        });
    }

    @Test
    void aCleanTextSaysSoAndStillAsksForHumanReview() {
        ScreeningResult result = screener.screen(Map.of("正文", "关于做好2026年冬季安全生产工作的通知"));
        assertThat(result.clean()).isTrue();
        assertThat(result.report()).contains("未发现").contains("人工审查");
    }

    @Test
    void aLongReportStaysWithinTheVariableLimit() {
        String text = "机密 ".repeat(400);
        ScreeningResult result = screener.screen(Map.of("正文", text));
        assertThat(result.findings()).hasSize(400);
        assertThat(result.report().length()).isLessThan(ScreeningResult.MAX_REPORT_LENGTH);
        assertThat(result.report()).contains("未列出");
    }
}
