package cn.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexNumberFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {org}/{year}-{serial}         | 765432100 | 2026-11-27 |  1 | 5 | 765432100/2026-00001
            {org}/{year}{month}-{serial}  | 11341702486344515H | 2021-10-05 | 13 | 5 | 11341702486344515H/202110-00013
            {org}-{year}-{serial}         | 01527918X | 2020-01-01 | 153077 | 6 | 01527918X-2020-153077
            """)
    void formatsTheConfiguredPattern(String pattern, String org, LocalDate date, int serial, int digits, String expected) {
        assertThat(IndexNumberFormat.format(pattern, org, date, serial, digits)).isEqualTo(expected);
    }
}
