package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working-day rule over the shipped 2024–2026 schedules. Every expected date below was worked
 * out by hand from statute.md §5; the comment on each row shows the counting.
 */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadShippedCalendars() {
        CalendarStore store = new CalendarStore(
                new CalendarProperties(Path.of("target", "no-operator-calendars").toString(), Duration.ofMinutes(1), 3),
                event -> { });
        calendar = store.calendar();
    }

    @ParameterizedTest(name = "{1} working days from {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | n  | due        | counting
            2026-03-02 | 20 | 2026-03-30 | Mar 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), 30 (20): the issue's own example
            2026-11-20 | 20 | 2026-12-18 | Nov 23-27 (5), Nov 30-Dec 4 (10), Dec 7-11 (15), Dec 14-18 (20)
            2026-02-10 |  5 | 2026-02-24 | Feb 11-13 (3), Sat 14 make-up (4), 15-23 Spring Festival, Tue 24 (5)
            2026-02-13 |  1 | 2026-02-14 | Sat 14 is a make-up working day
            2026-02-13 |  2 | 2026-02-24 | Sat 14 (1), 15-23 Spring Festival, Tue 24 (2)
            2026-02-24 |  5 | 2026-03-02 | Feb 25-27 (3), Sat 28 make-up (4), Sun Mar 1 off, Mon 2 (5)
            2026-09-18 |  2 | 2026-09-21 | Sat 19 off, Sun 20 make-up (1), Mon 21 (2)
            2026-09-24 |  1 | 2026-09-28 | Fri 25-Sun 27 Mid-Autumn, Mon 28 (1)
            2026-09-30 |  1 | 2026-10-08 | Oct 1-7 National Day, Thu 8 (1)
            2026-09-30 |  3 | 2026-10-10 | Thu 8 (1), Fri 9 (2), Sat 10 make-up (3)
            2026-10-03 |  1 | 2026-10-08 | receipt on a holiday Saturday: Oct 4-7 off, Thu 8 (1)
            2025-12-31 |  1 | 2026-01-04 | Jan 1-3 New Year, Sun 4 make-up (1)
            2026-04-30 |  2 | 2026-05-07 | May 1-5 Labour Day, Wed 6 (1), Thu 7 (2)
            2026-05-07 |  2 | 2026-05-09 | Fri 8 (1), Sat 9 make-up (2)
            2026-04-03 |  1 | 2026-04-07 | Apr 4-6 Qingming (Sat-Mon), Tue 7 (1)
            2026-06-18 |  1 | 2026-06-22 | Jun 19-21 Dragon Boat (Fri-Sun), Mon 22 (1)
            2025-01-24 |  1 | 2025-01-26 | Sat 25 off, Sun 26 make-up (1)
            2025-01-26 |  2 | 2025-02-05 | Mon 27 (1), Jan 28-Feb 4 Spring Festival, Wed Feb 5 (2)
            2025-02-07 |  1 | 2025-02-08 | Sat 8 make-up (1)
            2025-09-26 |  1 | 2025-09-28 | Sat 27 off, Sun 28 make-up (1)
            2025-09-30 |  1 | 2025-10-09 | Oct 1-8 National Day and Mid-Autumn, Thu 9 (1)
            2025-10-09 |  2 | 2025-10-11 | Fri 10 (1), Sat 11 make-up (2)
            2024-02-08 |  2 | 2024-02-18 | Fri 9 (1), Feb 10-17 Spring Festival, Sun 18 make-up (2)
            2024-02-02 |  1 | 2024-02-04 | Sat 3 off, Sun 4 make-up (1)
            2024-04-30 |  1 | 2024-05-06 | May 1-5 Labour Day, Mon 6 (1)
            2024-05-10 |  1 | 2024-05-11 | Sat 11 make-up (1)
            2024-09-27 |  2 | 2024-09-30 | Sat 28 off, Sun 29 make-up (1), Mon 30 (2)
            2024-10-11 |  1 | 2024-10-12 | Sat 12 make-up (1)
            """)
    void countsWorkingDaysAcrossHolidaysAndMakeUpDays(LocalDate from, int n, LocalDate due, String counting) {
        DueDate result = calendar.addWorkingDays(from, n);
        assertThat(result.dueOn()).as(counting).isEqualTo(due);
        assertThat(result.calendarComplete()).isTrue();
    }

    @Test
    void explainsTheCountLineByLine() {
        DueDate due = calendar.addWorkingDays(LocalDate.of(2026, 2, 10), 5);
        assertThat(due.explanation()).containsExactly(
                "起算日 2026-02-10（星期二），当日不计入",
                "2026-02-11（星期三） 至 2026-02-13（星期五） 工作日，计第 1–3 个工作日",
                "2026-02-14（星期六） 春节调休上班，计第 4 个工作日",
                "2026-02-15（星期日） 至 2026-02-23（星期一） 春节放假，不计",
                "2026-02-24（星期二） 工作日，计第 5 个工作日",
                "期限届满日：2026-02-24（星期二），即第 5 个工作日");
    }

    @Test
    void saysSoWhenTheCountReachesAYearWithoutACalendar() {
        // Thu Dec 31 (1); 2027 has no schedule: Fri Jan 1 counted as a weekday (2), Mon Jan 4 (3)
        DueDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3);
        assertThat(due.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(due.calendarComplete()).isFalse();
        assertThat(due.missingYears()).containsExactly(2027);
        assertThat(due.explanation()).anyMatch(line -> line.contains("2027 年节假日安排尚未载入"));
    }

    @Test
    void aCountIntoAYearWithoutACalendarWarnsOnceWhereItEntersThatYear() {
        DueDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 29), 4);
        assertThat(due.explanation()).containsExactly(
                "起算日 2026-12-29（星期二），当日不计入",
                "2026-12-30（星期三） 至 2026-12-31（星期四） 工作日，计第 1–2 个工作日",
                "注意：2027 年节假日安排尚未载入，该年按周一至周五为工作日计算，结果可能不准确",
                "2027-01-01（星期五） 工作日，计第 3 个工作日",
                "2027-01-02（星期六） 至 2027-01-03（星期日） 周末休息，不计",
                "2027-01-04（星期一） 工作日，计第 4 个工作日",
                "期限届满日：2027-01-04（星期一），即第 4 个工作日");
        assertThat(calendar.year(2026).holidays()).extracting(HolidayYear.Holiday::name).contains("国庆节");
        assertThat(calendar.year(2027)).isNull();
    }

    @Test
    void aCountWithinLoadedYearsIsComplete() {
        assertThat(calendar.years()).containsExactly(2024, 2025, 2026);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 10).calendarComplete()).isTrue();
    }

    @Test
    void classifiesDays() {
        assertThat(calendar.classify(LocalDate.of(2026, 2, 14)).kind()).isEqualTo(DayInfo.Kind.MAKE_UP_WORKDAY);
        assertThat(calendar.classify(LocalDate.of(2026, 2, 16)).kind()).isEqualTo(DayInfo.Kind.HOLIDAY);
        assertThat(calendar.classify(LocalDate.of(2026, 2, 16)).name()).isEqualTo("春节");
        assertThat(calendar.classify(LocalDate.of(2026, 3, 7)).kind()).isEqualTo(DayInfo.Kind.WEEKEND);
        assertThat(calendar.classify(LocalDate.of(2026, 3, 9)).kind()).isEqualTo(DayInfo.Kind.WORKDAY);
        // Feb 9 2024 (New Year's Eve) was not an official holiday that year
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isTrue();
        // from 2025 New Year's Eve is a public holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
    }

    @Test
    void countsWorkingDaysInAnInterval() {
        // Feb 9-28 2026: Feb 9-13 (5), Sat 14 make-up (6), 15-23 off, 24-27 (10), Sat 28 make-up (11)
        assertThat(calendar.countWorkingDays(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 28))).isEqualTo(11);
        assertThat(calendar.countWorkingDays(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 1))).isZero();
    }

    @ParameterizedTest(name = "{1} working days before {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # due        | n | day        | counting back
            2026-11-30   | 5 | 2026-11-23 | Nov 27 (1), 26, 25, 24, Mon 23 (5): from the 23rd, 5 working days remain
            2026-02-24   | 2 | 2026-02-13 | Sat Feb 14 make-up (1), 15-23 Spring Festival, Fri 13 (2)
            2026-10-09   | 2 | 2026-09-30 | Thu Oct 8 (1), Oct 1-7 National Day, Wed Sep 30 (2)
            2026-10-12   | 1 | 2026-10-10 | Sat Oct 10 is a make-up working day
            """)
    void countsWorkingDaysBack(LocalDate due, int n, LocalDate day, String counting) {
        assertThat(calendar.minusWorkingDays(due, n)).as(counting).isEqualTo(day);
        assertThat(calendar.addWorkingDays(day, n).dueOn()).isEqualTo(due);
    }

    @Test
    void findsTheNextWorkingDay() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void refusesZeroWorkingDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "year {0} usable: {1}")
    @CsvSource({"1999, false", "2000, true", "2100, true", "2101, false"})
    void aYearFileMustBeForAPlausibleYear(int year, boolean usable) {
        assertThat(new HolidayYear(year, null, null, null).problems().isEmpty()).isEqualTo(usable);
        assertThat(new HolidayYear(year, null, null, null).source()).isEmpty();
    }

    @Test
    void aMakeUpDayInsideAHolidayIsRejectedButOneBesideItIsNot() {
        HolidayYear.Holiday national = new HolidayYear.Holiday("国庆节", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7));
        // Sat 10-02 lies inside, Sat 10-09 beside; Sat 09-25 before
        assertThat(new HolidayYear(2027, "", List.of(national),
                List.of(new HolidayYear.MakeUpWorkday(LocalDate.of(2027, 10, 2), "错误"))).problems())
                .anyMatch(p -> p.contains("落在假期「国庆节」之内"));
        assertThat(new HolidayYear(2027, "", List.of(national),
                List.of(new HolidayYear.MakeUpWorkday(LocalDate.of(2027, 10, 9), "调休"),
                        new HolidayYear.MakeUpWorkday(LocalDate.of(2027, 9, 25), "调休"))).problems()).isEmpty();
        // the holiday's last day is inside too
        assertThat(new HolidayYear(2027, "", List.of(
                new HolidayYear.Holiday("测试", LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 9))),
                List.of(new HolidayYear.MakeUpWorkday(LocalDate.of(2027, 10, 9), "错误"))).problems())
                .anyMatch(p -> p.contains("之内"));
    }

    @Test
    void rejectsInconsistentYears() {
        HolidayYear weekdayMakeUp = new HolidayYear(2027, "", List.of(),
                List.of(new HolidayYear.MakeUpWorkday(LocalDate.of(2027, 2, 3), "错误")));
        assertThat(weekdayMakeUp.problems()).anyMatch(p -> p.contains("不是星期六或星期日"));
        HolidayYear wrongYear = new HolidayYear(2027, "", List.of(
                new HolidayYear.Holiday("元旦", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))), List.of());
        assertThat(wrongYear.problems()).anyMatch(p -> p.contains("不在 2027 年内"));
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(weekdayMakeUp)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
