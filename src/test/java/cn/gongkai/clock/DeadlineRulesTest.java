package cn.gongkai.clock;

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
 * Dates entered afterwards cannot bend a deadline the statute fixed: a late 补正 notice, a
 * consultation or a fee notice after the period ran out, a fee notice before the receipt, and a
 * payment period that would end after the reply deadline. Every date worked out by hand over the
 * shipped 2026 calendar (国庆节 10-01..07 off, Sat 10-10 a working day).
 */
class DeadlineRulesTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void calendar() {
        calendar = new CalendarStore(new CalendarProperties(Path.of("target", "none").toString(), Duration.ofMinutes(1), 3),
                e -> { }).calendar();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static List<ClockEvent> events(String... typeAndDate) {
        List<ClockEvent> events = new ArrayList<>();
        for (int i = 0; i < typeAndDate.length; i += 2) {
            events.add(new ClockEvent(i + 1, ClockEventType.valueOf(typeAndDate[i]), d(typeAndDate[i + 1]), null, null, null,
                    null, null));
        }
        return events;
    }

    final ReplyClock clock = new ReplyClock(ClockRules.statutory());
    final ReplyClock feeRunsOn = new ReplyClock(new ClockRules(20, 20, 7, 15, 15, 5, 20, false, 60));

    /**
     * Art. 30: the 补正 notice within 7 working days of receipt. Received Fri 10-09: Sat 10-10 (1),
     * 10-12..16 (2-6), Mon 10-19 (7) — the last day for the notice. Received Mon 11-02: 3-6 (4),
     * 9-11 (7) → Wed 11-11.
     */
    @ParameterizedTest(name = "received {0}, notice on {1}: allowed {2}")
    @CsvSource({
        "2026-10-09, 2026-10-09, true",
        "2026-10-09, 2026-10-19, true",
        "2026-10-09, 2026-10-20, false",
        "2026-10-09, 2026-11-30, false",
        "2026-11-02, 2026-11-11, true",
        "2026-11-02, 2026-11-12, false"})
    void aSupplementNoticeOnlyWithinSevenWorkingDays(String received, String noticeOn, boolean allowed) {
        List<String> problems = clock.supplementNoticeProblems(events("RECEIVED", received), calendar, d(noticeOn));
        assertThat(problems.isEmpty()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(problems.get(0)).contains("条例第三十条").contains("原答复期限继续计算");
        }
    }

    @Test
    void theIssuesLateSupplementNoticeLeavesTheReplyDeadlineWhereItWas() {
        List<ClockEvent> received = events("RECEIVED", "2026-10-09");
        // 20 WD after Fri 10-09: 10-10 (1), 12-16 (6), 19-23 (11), 26-30 (16), Nov 2-5 (20)
        assertThat(clock.compute(received, calendar, d("2026-11-30")).dueOn()).isEqualTo(d("2026-11-05"));
        assertThat(clock.supplementNoticeProblems(received, calendar, d("2026-11-30"))).singleElement().asString()
                .contains("2026-10-19");
        assertThat(clock.compute(received, calendar, d("2026-11-30")).explanation())
                .contains("截至 2026-11-30 尚未答复，已超过答复期限");
    }

    /**
     * Art. 33 para 3: consultation time is excluded from a period still running. Received Mon 10-12:
     * due 20 WD later, Mon 11-09 (13-16, 19-23, 26-30, Nov 2-6, 9).
     */
    @ParameterizedTest(name = "consultation sent {0}: allowed {1}")
    @CsvSource({"2026-10-20, true", "2026-11-09, true", "2026-11-10, false", "2026-11-12, false"})
    void aConsultationOnlyWhileTheReplyPeriodRuns(String sentOn, boolean allowed) {
        List<String> problems = clock.consultationProblems(events("RECEIVED", "2026-10-12"), calendar, d(sentOn));
        assertThat(problems.isEmpty()).isEqualTo(allowed);
        if (!allowed) {
            assertThat(problems.get(0)).contains("期限已于 2026-11-09 届满");
        }
    }

    @Test
    void aConsultationRecordedAfterTheDeadlineDoesNotMoveItBack() {
        // the issue's case: opened 11-12, three days after the deadline, answered 11-27
        ReplyDeadline deadline = clock.compute(events("RECEIVED", "2026-10-12", "CONSULTATION_OPENED", "2026-11-12",
                "CONSULTATION_CLOSED", "2026-11-27"), calendar, d("2026-11-30"));
        assertThat(deadline.dueOn()).isEqualTo(d("2026-11-09"));
        assertThat(deadline.pausedWorkingDays()).isZero();
        assertThat(deadline.state()).isEqualTo(ClockState.RUNNING);
        assertThat(deadline.explanation()).anyMatch(l -> l.contains("开始于 2026-11-12，答复期限已于 2026-11-09 届满，不再扣除"));
        assertThat(deadline.servedOn()).isNull();
        assertThat(deadline.overdueOn(d("2026-11-20"))).isTrue();
    }

    @Test
    void aConsultationBegunOnTheLastDayIsExcludedWhole() {
        // opened Mon 11-09 (the last day), answered Fri 11-27: 11-10..13 (4), 16-20 (9), 23-27 (14) not counted
        ReplyDeadline deadline = clock.compute(events("RECEIVED", "2026-10-12", "CONSULTATION_OPENED", "2026-11-09",
                "CONSULTATION_CLOSED", "2026-11-27"), calendar, d("2026-11-30"));
        assertThat(deadline.pausedWorkingDays()).isEqualTo(14);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-11-27"));
    }

    /**
     * Art. 35: for an excessive volume with reasonable reasons, a delayed reply period the agency sets
     * (at most 60 working days by default), once, while the reply period runs. Received Mon 11-02,
     * due Mon 11-30.
     */
    @ParameterizedTest(name = "a delay of {0} working days set on {1}: allowed {2}")
    @CsvSource({"0, 2026-11-20, false", "1, 2026-11-20, true", "60, 2026-11-20, true", "61, 2026-11-20, false",
        "15, 2026-11-30, true", "15, 2026-12-01, false"})
    void aDelayedReplyPeriodIsSetOnceWhileThePeriodRuns(int days, String on, boolean allowed) {
        assertThat(clock.delayProblems(events("RECEIVED", "2026-11-02"), calendar, d(on), days).isEmpty()).isEqualTo(allowed);
    }

    @Test
    void aDelayedReplyPeriodMovesTheDeadlineAndIsNotCountedAsAnExtension() {
        List<ClockEvent> delayed = events("RECEIVED", "2026-11-02");
        delayed.add(new ClockEvent(5, ClockEventType.DELAY_SET, d("2026-11-20"), "disclosure-head", "王建国", "申请量大", 15, null));
        // Mon 11-30 + 15: Dec 1-4 (4), 7-11 (9), 14-18 (14), Mon 21 (15)
        ReplyDeadline deadline = clock.compute(delayed, calendar, d("2026-11-20"));
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-21"));
        assertThat(deadline.extended()).isFalse();
        assertThat(deadline.explanation()).contains("2026-11-20 王建国依条例第三十五条确定延迟答复期限 15 个工作日（申请量大），期限延至 2026-12-21");
        assertThat(clock.delayProblems(delayed, calendar, d("2026-11-25"), 5)).anyMatch(m -> m.contains("已于 2026-11-20"));
        // an Art. 33 extension stays possible beside it
        assertThat(clock.extensionProblems(delayed, calendar, d("2026-11-25"), 20)).isEmpty();
    }

    /** 109号: the notice within the processing period, never before the receipt. Received Mon 10-12, due Mon 11-09. */
    @ParameterizedTest(name = "fee notice received {0}: allowed {1}")
    @CsvSource({"2026-10-09, false", "2026-10-12, true", "2026-11-09, true", "2026-11-10, false"})
    void aFeeNoticeOnlyWithinTheReplyPeriod(String noticeOn, boolean allowed) {
        assertThat(clock.feeNoticeProblems(events("RECEIVED", "2026-10-12"), calendar, d(noticeOn)).isEmpty())
                .isEqualTo(allowed);
    }

    @Test
    void aFeeNoticeBeforeTheReceiptIsNamedAsSuch() {
        assertThat(clock.feeNoticeProblems(events("RECEIVED", "2026-10-12"), calendar, d("2026-10-09")))
                .singleElement().asString().contains("不能早于收到申请之日（2026-10-12）");
    }

    /**
     * The payment period and the reply period never contradict each other. Received Mon 11-02, due
     * Mon 11-30; notice received Wed 11-25; 20 WD to pay: 26-27 (2), Nov 30-Dec 4 (7), 7-11 (12),
     * 14-18 (17), 21-23 (20) → Wed 12-23.
     */
    @Test
    void byDefaultTheFeeStopsTheClockSoPayingOnTheLastDayLeavesTheAgencyItsRemainingDays() {
        List<ClockEvent> noticed = events("RECEIVED", "2026-11-02", "FEE_NOTICE_SENT", "2026-11-25");
        assertThat(clock.feeNoticeProblems(events("RECEIVED", "2026-11-02"), calendar, d("2026-11-25"))).isEmpty();
        List<ClockEvent> paidLast = new ArrayList<>(noticed);
        paidLast.add(new ClockEvent(9, ClockEventType.FEE_PAID, d("2026-12-23"), null, null, null, null, null));
        // (11-25, 12-23] = 20 WD not counted: 11-30 + 20 WD = Dec 1-4 (4), 7-11 (9), 14-18 (14), 21-25 (19), Mon 28 (20)
        ReplyDeadline deadline = clock.compute(paidLast, calendar, d("2026-12-23"));
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-28"));
        assertThat(deadline.explanation()).anyMatch(l -> l.startsWith("等待缴纳信息处理费 2026-11-25 至 2026-12-23"));
        // while unpaid, the clock stands still
        assertThat(clock.compute(noticed, calendar, d("2026-12-10")).state()).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void whenConfiguredNotToStopTheClockAFeeNoticeWhosePaymentWouldEndLateIsRefused() {
        List<String> problems = feeRunsOn.feeNoticeProblems(events("RECEIVED", "2026-11-02"), calendar, d("2026-11-25"));
        assertThat(problems).singleElement().asString()
                .contains("缴费期限（至 2026-12-23）晚于答复期限（至 2026-11-30）").contains("fee-pauses-clock");
        // after a 20-day extension (due Mon 12-28) it fits
        List<ClockEvent> extended = events("RECEIVED", "2026-11-02");
        extended.add(new ClockEvent(5, ClockEventType.EXTENSION_GRANTED, d("2026-11-20"), null, null, null, 20, null));
        assertThat(feeRunsOn.feeNoticeProblems(extended, calendar, d("2026-11-25"))).isEmpty();
    }
}
