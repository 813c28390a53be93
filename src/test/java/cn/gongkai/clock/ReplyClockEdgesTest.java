package cn.gongkai.clock;

import static cn.gongkai.clock.ClockEventType.CONSULTATION_CLOSED;
import static cn.gongkai.clock.ClockEventType.CONSULTATION_OPENED;
import static cn.gongkai.clock.ClockEventType.EXTENSION_GRANTED;
import static cn.gongkai.clock.ClockEventType.RECEIVED;
import static cn.gongkai.clock.ClockEventType.SUPPLEMENT_RECEIVED;
import static cn.gongkai.clock.ClockEventType.SUPPLEMENT_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.calendar.CalendarProperties;
import cn.gongkai.calendar.CalendarStore;
import cn.gongkai.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clock's edges: which computations know the holiday schedule of every day they touched, the
 * order of events, pauses of no working day, who granted an extension, and the extension's limits.
 * Dates by hand over the shipped 2024–2026 calendars; 2027 has none.
 */
class ReplyClockEdgesTest {

    static WorkingDayCalendar calendar;
    final ReplyClock clock = new ReplyClock(ClockRules.statutory());
    final List<ClockEvent> events = new ArrayList<>();
    long ids;

    @BeforeAll
    static void calendar() {
        calendar = new CalendarStore(new CalendarProperties(Path.of("target", "none").toString(), Duration.ofMinutes(1), 3),
                e -> { }).calendar();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    ClockEvent add(ClockEventType type, String date) {
        return add(new ClockEvent(++ids, type, d(date), null, null, null, null, null));
    }

    ClockEvent add(ClockEvent e) {
        events.add(e);
        return e;
    }

    ReplyDeadline at(String today) {
        return clock.compute(events, calendar, d(today));
    }

    @Test
    void aDeadlineWithinKnownYearsIsComplete() {
        add(RECEIVED, "2026-11-02");
        add(CONSULTATION_OPENED, "2026-11-10");
        add(CONSULTATION_CLOSED, "2026-11-13");
        add(new ClockEvent(++ids, EXTENSION_GRANTED, d("2026-11-20"), null, null, null, 5, null));
        ReplyDeadline deadline = at("2026-11-20");
        assertThat(deadline.calendarComplete()).isTrue();
        assertThat(deadline.explanation()).noneMatch(l -> l.startsWith("注意"));
    }

    @Test
    void pausedDaysInAYearWithoutACalendarMakeItIncomplete() {
        // due Tue 12-29 (20 WD after Tue 12-01: 2-4, 7-11, 14-18, 21-25, 28-29); paused 12-28 .. 2027-01-05
        add(RECEIVED, "2026-12-01");
        add(CONSULTATION_OPENED, "2026-12-28");
        add(CONSULTATION_CLOSED, "2027-01-05");
        ReplyDeadline deadline = at("2027-01-05");
        assertThat(deadline.calendarComplete()).isFalse();
        assertThat(deadline.explanation()).last().asString().startsWith("注意");
    }

    @Test
    void aPauseThatMovesTheDeadlineIntoAYearWithoutACalendarMakesItIncomplete() {
        // due Tue 12-29; paused (12-02, 12-10] = 12-03, 04, 07, 08, 09, 10: six days, all in 2026
        // 12-29 + 6: 12-30, 31, Jan 1 (2027 unknown, counted), 4, 5, 6 → Wed 2027-01-06
        add(RECEIVED, "2026-12-01");
        add(CONSULTATION_OPENED, "2026-12-02");
        add(CONSULTATION_CLOSED, "2026-12-10");
        ReplyDeadline deadline = at("2026-12-10");
        assertThat(deadline.pausedWorkingDays()).isEqualTo(6);
        assertThat(deadline.dueOn()).isEqualTo(d("2027-01-06"));
        assertThat(deadline.calendarComplete()).isFalse();
    }

    @Test
    void anExtensionIntoAYearWithoutACalendarMakesItIncomplete() {
        // due Fri 12-18 (20 WD after Fri 11-20); + 10: 21-25 (5), 28-31 (9), Jan 1 (10) → 2027-01-01
        add(RECEIVED, "2026-11-20");
        add(new ClockEvent(++ids, EXTENSION_GRANTED, d("2026-12-10"), null, null, null, 10, null));
        ReplyDeadline deadline = at("2026-12-10");
        assertThat(deadline.dueOn()).isEqualTo(d("2027-01-01"));
        assertThat(deadline.calendarComplete()).isFalse();
        assertThat(deadline.extended()).isTrue();
        assertThat(deadline.extendedWorkingDays()).isEqualTo(10);
    }

    @Test
    void withoutAnExtensionNothingIsExtended() {
        add(RECEIVED, "2026-11-02");
        assertThat(at("2026-11-10").extended()).isFalse();
    }

    @Test
    void aConsultationOfNoWorkingDayMovesNothing() {
        // opened Fri 11-13, answered Sat 11-14: no working day in (11-13, 11-14]
        add(RECEIVED, "2026-11-02");
        add(CONSULTATION_OPENED, "2026-11-13");
        add(CONSULTATION_CLOSED, "2026-11-14");
        ReplyDeadline deadline = at("2026-11-16");
        assertThat(deadline.dueOn()).isEqualTo(d("2026-11-30"));
        assertThat(deadline.pauses()).singleElement().satisfies(p -> assertThat(p.workingDays()).isZero());
    }

    @Test
    void eventsCountInTheOrderOfTheirDaysWhateverTheOrderTheyComeIn() {
        add(CONSULTATION_CLOSED, "2026-11-17");
        add(CONSULTATION_OPENED, "2026-11-10");
        add(RECEIVED, "2026-11-02");
        // paused (11-10, 11-17] = 11, 12, 13, 16, 17: five days → Mon 11-30 + 5 = Dec 1-4, 7 → 12-07
        assertThat(at("2026-11-18").dueOn()).isEqualTo(d("2026-12-07"));
    }

    @Test
    void anExtensionThatTookEffectBeforeAConsultationBeganCountsFirst() {
        // due Mon 11-30; extended on 11-25 by 20 → Mon 12-28; a consultation opened 12-10 (after the first
        // deadline, within the extended one) is excluded: (12-10, 12-15] = 11, 14, 15 → 12-28 + 3 = Thu 12-31
        add(RECEIVED, "2026-11-02");
        add(new ClockEvent(++ids, EXTENSION_GRANTED, d("2026-11-25"), null, null, null, 20, null));
        add(CONSULTATION_OPENED, "2026-12-10");
        add(CONSULTATION_CLOSED, "2026-12-15");
        ReplyDeadline deadline = at("2026-12-15");
        assertThat(deadline.pausedWorkingDays()).isEqualTo(3);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-31"));
        assertThat(deadline.explanation().get(1)).contains("批准延长答复期限 20 个工作日");
    }

    @Test
    void aSupplementRestartsTheClockAndForgetsEarlierPauses() {
        add(RECEIVED, "2026-11-02");
        add(CONSULTATION_OPENED, "2026-11-03");
        add(CONSULTATION_CLOSED, "2026-11-06");
        add(SUPPLEMENT_REQUESTED, "2026-11-09");
        add(SUPPLEMENT_RECEIVED, "2026-11-16");
        // 20 WD after Mon 11-16: 17-20 (4), 23-27 (9), Nov 30-Dec 4 (14), 7-11 (19), Mon 14 (20)
        ReplyDeadline deadline = at("2026-11-18");
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-14"));
        assertThat(deadline.pauses()).isEmpty();
    }

    @Test
    void theExplanationNamesWhoGrantedAnExtension() {
        add(RECEIVED, "2026-11-02");
        add(new ClockEvent(++ids, EXTENSION_GRANTED, d("2026-11-20"), "disclosure-head", "王建国", "需调取档案", 5, null));
        assertThat(at("2026-11-20").explanation()).anyMatch(l -> l.startsWith("2026-11-20 王建国批准延长答复期限 5 个工作日（需调取档案）"));
        events.set(1, new ClockEvent(2, EXTENSION_GRANTED, d("2026-11-20"), "disclosure-head", null, null, 5, null));
        assertThat(at("2026-11-20").explanation()).anyMatch(l -> l.startsWith("2026-11-20 disclosure-head批准延长答复期限 5 个工作日，"));
        events.set(1, new ClockEvent(2, EXTENSION_GRANTED, d("2026-11-20"), " ", "", "", 5, null));
        assertThat(at("2026-11-20").explanation()).anyMatch(l -> l.startsWith("2026-11-20 批准延长答复期限 5 个工作日，"));
    }

    @ParameterizedTest(name = "an extension of {0} working days: allowed {1}")
    @CsvSource({"0, false", "1, true", "20, true", "21, false"})
    void anExtensionIsOneToTwentyWorkingDays(int days, boolean allowed) {
        add(RECEIVED, "2026-11-02");
        assertThat(clock.extensionProblems(events, calendar, d("2026-11-20"), days).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void noSupplementNoticeBeforeTheApplicationIsReceived() {
        assertThat(clock.supplementNoticeProblems(List.of(), calendar, d("2026-11-02")))
                .containsExactly("尚未确认收到申请，不能要求补正");
    }

    @Test
    void aBareEventAndTheLabelsReadAsTheyShould() {
        ClockEvent received = ClockEvent.of(RECEIVED, d("2026-11-02"));
        assertThat(received.type()).isEqualTo(RECEIVED);
        assertThat(received.occurredOn()).isEqualTo(d("2026-11-02"));
        assertThat(RECEIVED.label()).isEqualTo("收到申请");
        assertThat(ClockEventType.FEE_PAID.label()).isEqualTo("缴纳信息处理费");
    }
}
