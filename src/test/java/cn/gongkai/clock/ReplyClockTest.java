package cn.gongkai.clock;

import static cn.gongkai.clock.ClockEventType.CONSULTATION_CLOSED;
import static cn.gongkai.clock.ClockEventType.CONSULTATION_OPENED;
import static cn.gongkai.clock.ClockEventType.EXTENSION_GRANTED;
import static cn.gongkai.clock.ClockEventType.FEE_NOTICE_SENT;
import static cn.gongkai.clock.ClockEventType.FEE_PAID;
import static cn.gongkai.clock.ClockEventType.RECEIVED;
import static cn.gongkai.clock.ClockEventType.REPLIED;
import static cn.gongkai.clock.ClockEventType.SERVED;
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

/** The reply deadline derived from clock events; every date worked out by hand over the shipped calendars. */
class ReplyClockTest {

    static WorkingDayCalendar calendar;
    final ReplyClock clock = new ReplyClock(ClockRules.statutory());

    @BeforeAll
    static void calendar() {
        calendar = new CalendarStore(new CalendarProperties(Path.of("target", "none").toString(), Duration.ofMinutes(1), 3),
                e -> { }).calendar();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    final List<ClockEvent> events = new ArrayList<>();
    long ids;

    ClockEvent add(ClockEventType type, String date) {
        ClockEvent e = new ClockEvent(++ids, type, d(date), null, null, null, null, null);
        events.add(e);
        return e;
    }

    void replace(ClockEvent e) {
        events.set(events.size() - 1, e);
    }

    @Test
    void theIssuesExample_consultationPauseAndExtension() {
        // 20 WD after Mon 03-02: Mar 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 (20)
        add(RECEIVED, "2026-03-02");
        replace(add(CONSULTATION_OPENED, "2026-03-10").withDetail("第三方：某某科技有限公司"));
        add(CONSULTATION_CLOSED, "2026-03-17");
        replace(add(EXTENSION_GRANTED, "2026-03-25").withWorkingDays(20).withActor("disclosure-head", "张某"));

        ReplyDeadline deadline = clock.compute(events, calendar, d("2026-03-26"));

        // paused (03-10, 03-17]: 11, 12, 13, 16, 17 = 5 -> after Mon 03-30: 31, Apr 1, 2, 3, (4-6 Qingming), Tue 7
        // extended 20 after 04-07: Apr 8-10 (3), 13-17 (8), 20-24 (13), 27-30 (17), (May 1-5 off), 6, 7, 8 (20)
        assertThat(deadline.dueOn()).isEqualTo(d("2026-05-08"));
        assertThat(deadline.state()).isEqualTo(ClockState.RUNNING);
        assertThat(deadline.pausedWorkingDays()).isEqualTo(5);
        assertThat(deadline.extendedWorkingDays()).isEqualTo(20);
        assertThat(deadline.extended()).isTrue();
        assertThat(deadline.explanation()).containsExactly(
                "2026-03-02 收到申请：自次日起计算 20 个工作日，期限至 2026-03-30",
                "征求意见（第三方：某某科技有限公司） 2026-03-10 至 2026-03-17，不计入答复期限 5 个工作日，期限顺延至 2026-04-07",
                "2026-03-25 张某批准延长答复期限 20 个工作日，期限延至 2026-05-08");
        assertThat(deadline.pauses()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(d("2026-03-10"));
            assertThat(p.to()).isEqualTo(d("2026-03-17"));
            assertThat(p.workingDays()).isEqualTo(5);
        });
    }

    @Test
    void acrossSpringFestivalAndItsMakeUpDays() {
        // Mon 02-09: Feb 10-13 (4), Sat 14 (5), 15-23 off, 24-27 (9), Sat 28 (10), Mar 2-6 (15), 9-13 (20)
        add(RECEIVED, "2026-02-09");
        assertThat(clock.compute(events, calendar, d("2026-02-10")).dueOn()).isEqualTo(d("2026-03-13"));
    }

    @Test
    void aSupplementRestartsTheClockFromItsReceipt() {
        add(RECEIVED, "2026-09-21");
        add(SUPPLEMENT_REQUESTED, "2026-09-24");

        ReplyDeadline waiting = clock.compute(events, calendar, d("2026-09-25"));
        assertThat(waiting.state()).isEqualTo(ClockState.AWAITING_SUPPLEMENT);
        assertThat(waiting.dueOn()).isNull();

        add(SUPPLEMENT_RECEIVED, "2026-09-29");
        ReplyDeadline restarted = clock.compute(events, calendar, d("2026-09-30"));
        // Tue 09-29: Wed 30 (1), Oct 1-7 off, Thu 8 (2), Fri 9 (3), Sat 10 make-up (4), 12-16 (9), 19-23 (14),
        // 26-30 (19), Mon Nov 2 (20)
        assertThat(restarted.dueOn()).isEqualTo(d("2026-11-02"));
        assertThat(restarted.startedOn()).isEqualTo(d("2026-09-29"));
        assertThat(restarted.state()).isEqualTo(ClockState.RUNNING);
        assertThat(restarted.explanation()).first().asString().contains("2026-09-24 发出补正告知");
        assertThat(restarted.explanation()).contains("2026-09-29 收到补正材料：自次日起计算 20 个工作日，期限至 2026-11-02");
    }

    @Test
    void anOpenConsultationPausesTheClockUntilToday() {
        // Mon 11-02: Nov 3-6 (4), 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 (20)
        add(RECEIVED, "2026-11-02");
        add(CONSULTATION_OPENED, "2026-11-16");

        ReplyDeadline deadline = clock.compute(events, calendar, d("2026-11-20"));
        // paused so far (11-16, 11-20] = 17, 18, 19, 20 = 4 -> after Mon 11-30: Dec 1, 2, 3, 4
        assertThat(deadline.state()).isEqualTo(ClockState.PAUSED);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-04"));
        assertThat(deadline.pausedWorkingDays()).isEqualTo(4);
        assertThat(deadline.pauses()).singleElement().matches(Pause::open);
        assertThat(deadline.overdueOn(d("2026-12-10"))).isFalse();
    }

    @Test
    void anOutstandingFeeDoesNotStopTheClockWhenSoConfigured() {
        ReplyClock running = new ReplyClock(new ClockRules(20, 20, 7, 15, 15, 5, 20, false, 60));
        add(RECEIVED, "2026-11-02");
        add(FEE_NOTICE_SENT, "2026-11-10");
        add(FEE_PAID, "2026-11-13");
        assertThat(running.compute(events, calendar, d("2026-11-16")).dueOn()).isEqualTo(d("2026-11-30"));
    }

    @Test
    void anOutstandingFeeStopsTheClockByDefault() {
        ReplyClock pausing = clock;
        add(RECEIVED, "2026-11-02");
        add(FEE_NOTICE_SENT, "2026-11-10");
        add(FEE_PAID, "2026-11-13");
        // paused (11-10, 11-13] = 11, 12, 13 -> after Mon 11-30: Dec 1, 2, 3
        ReplyDeadline deadline = pausing.compute(events, calendar, d("2026-11-16"));
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-03"));
        assertThat(deadline.explanation()).anyMatch(l -> l.startsWith("等待缴纳信息处理费 2026-11-10 至 2026-11-13"));
    }

    @Test
    void overlappingPausesCountEachDayOnce() {
        ReplyClock pausing = new ReplyClock(new ClockRules(20, 20, 7, 15, 15, 5, 20, true, 60));
        add(RECEIVED, "2026-11-02");
        add(CONSULTATION_OPENED, "2026-11-10");
        add(FEE_NOTICE_SENT, "2026-11-12");
        add(CONSULTATION_CLOSED, "2026-11-13");
        add(FEE_PAID, "2026-11-17");
        // (11-10, 11-13] = 11, 12, 13 and (11-12, 11-17] = 13, 16, 17: union 11, 12, 13, 16, 17 = 5
        // after Mon 11-30: Dec 1, 2, 3, 4, 7
        ReplyDeadline deadline = pausing.compute(events, calendar, d("2026-11-18"));
        assertThat(deadline.pausedWorkingDays()).isEqualTo(5);
        assertThat(deadline.dueOn()).isEqualTo(d("2026-12-07"));
    }

    @Test
    void aReplyStopsTheClockAndTheServiceDateIsCheckedAgainstTheDeadline() {
        add(RECEIVED, "2026-11-02");
        add(REPLIED, "2026-11-27");
        replace(add(SERVED, "2026-12-01").withDetail("邮寄，交邮之日"));
        ReplyDeadline deadline = clock.compute(events, calendar, d("2026-12-02"));
        assertThat(deadline.state()).isEqualTo(ClockState.STOPPED);
        assertThat(deadline.repliedOn()).isEqualTo(d("2026-11-27"));
        assertThat(deadline.servedOn()).isEqualTo(d("2026-12-01"));
        assertThat(deadline.explanation()).contains("2026-12-01 答复送达（邮寄，交邮之日），超过答复期限");
        assertThat(deadline.overdueOn(d("2026-12-05"))).isFalse();
    }

    @Test
    void aRunningClockIsOverdueTheDayAfterItsDueDay() {
        add(RECEIVED, "2026-11-02");
        ReplyDeadline deadline = clock.compute(events, calendar, d("2026-11-30"));
        assertThat(deadline.overdueOn(d("2026-11-30"))).isFalse();
        assertThat(deadline.overdueOn(d("2026-12-01"))).isTrue();
    }

    @Test
    void beforeReceiptThereIsNoDeadline() {
        ReplyDeadline deadline = clock.compute(events, calendar, d("2026-11-02"));
        assertThat(deadline.state()).isEqualTo(ClockState.NOT_STARTED);
        assertThat(deadline.dueOn()).isNull();
    }

    @Test
    void anExtensionIsLegalOnceUpToTwentyDaysAndOnlyBeforeTheDeadline() {
        add(RECEIVED, "2026-11-02");
        // due Mon 11-30
        assertThat(clock.extensionProblems(events, calendar, d("2026-11-30"), 20)).isEmpty();
        assertThat(clock.extensionProblems(events, calendar, d("2026-11-20"), 21))
                .singleElement().asString().contains("1 至 20 个工作日");
        assertThat(clock.extensionProblems(events, calendar, d("2026-12-01"), 10))
                .singleElement().asString().contains("期限已于 2026-11-30 届满");

        replace(add(EXTENSION_GRANTED, "2026-11-20").withWorkingDays(10));
        assertThat(clock.extensionProblems(events, calendar, d("2026-11-23"), 5))
                .singleElement().asString().contains("只能延长一次");
    }

    @Test
    void noExtensionWhileAwaitingASupplement() {
        add(RECEIVED, "2026-11-02");
        add(SUPPLEMENT_REQUESTED, "2026-11-04");
        assertThat(clock.extensionProblems(events, calendar, d("2026-11-05"), 10))
                .singleElement().asString().contains("等待补正");
    }
}
