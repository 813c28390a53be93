package cn.gongkai.fee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 109号 fee scales; each amount worked out by hand band by band. */
class FeeCalculatorTest {

    @ParameterizedTest(name = "items {0}+{1} -> {2} yuan")
    @CsvSource(delimiter = '|', textBlock = """
            # before | items | yuan | bands
              0      |  1    |    0 | 1st item free
              9      |  1    |    0 | 10th item free
             10      |  1    |  100 | 11th item: 100
              8      |  5    |  300 | 9, 10 free; 11, 12, 13 at 100
             29      |  3    |  500 | 30 at 100; 31, 32 at 200
             39      |  2    |  500 | 40 at 200; 41 at 300
              0      | 45    | 5500 | 1-10 free; 11-30 20x100; 31-40 10x200; 41-45 5x300
             50      |  1    |  400 | 51st item: band 51-60 at 400
              9      |  2    |  100 | the 10th item is the last free one; the 11th costs 100
            """)
    void perItem(int before, int items, long yuan, String bands) {
        assertThat(FeeCalculator.perItem(before, items).amountYuan()).as(bands).isEqualTo(yuan);
    }

    @ParameterizedTest(name = "{0} pages -> {1} yuan")
    @CsvSource(delimiter = '|', textBlock = """
            # pages | yuan | bands
               1    |    0 | free
              30    |    0 | free
              31    |   10 | 31 at 10
             100    |  700 | 31-100 70x10
             101    |  720 | 700 + 101 at 20
             200    | 2700 | 700 + 100x20
             250    | 4700 | 2700 + 50x40
            """)
    void perVolume(int pages, long yuan, String bands) {
        assertThat(FeeCalculator.perVolume(pages).amountYuan()).as(bands).isEqualTo(yuan);
    }

    @Test
    void explainsEachBand() {
        FeeQuote quote = FeeCalculator.perItem(29, 3);
        assertThat(quote.explanation()).containsExactly(
                "按件计收：本月此前已申请 29 件，本申请 3 件（第 30–32 件）",
                "第 30–30 件：每件 100 元，计 100 元",
                "第 31–32 件：每件 200 元，计 400 元",
                "合计 500 元");
        assertThat(FeeCalculator.perItem(9, 2).explanation()).containsExactly(
                "按件计收：本月此前已申请 9 件，本申请 2 件（第 10–11 件）",
                "第 10–10 件：免费",
                "第 11–11 件：每件 100 元，计 100 元",
                "合计 100 元");
        assertThat(FeeMethod.PER_ITEM.label()).isEqualTo("按件计收");
        assertThat(FeeMethod.PER_VOLUME.label()).isEqualTo("按量计收");
        assertThat(FeeCalculator.perVolume(101).explanation()).containsExactly(
                "按量计收：本申请共 101 页",
                "第 1–30 页：免费",
                "第 31–100 页：每页 10 元，计 700 元",
                "第 101–101 页：每页 20 元，计 20 元",
                "合计 720 元");
    }
}
