package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.calendar.CalendarProperties;
import cn.gongkai.calendar.CalendarStore;
import cn.gongkai.calendar.WorkingDayCalendar;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default ladder over real calendars; dates worked out by hand. 09:00 Shanghai = 01:00Z. */
class ReminderPlannerTest {

    static WorkingDayCalendar calendar;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final List<Rung> LADDER = EscalationProperties.defaultLadder();

    @BeforeAll
    static void calendar() {
        calendar = new CalendarStore(new CalendarProperties(Path.of("target", "none").toString(), Duration.ofMinutes(1), 3),
                e -> { }).calendar();
    }

    static Optional<Occurrence> next(String due, String lastHandled, String now) {
        return ReminderPlanner.next(LocalDate.parse(due), LADDER, lastHandled == null ? null : Instant.parse(lastHandled),
                Instant.parse(now), calendar, ZONE, NINE);
    }

    @Test
    void walksTheLadderAcrossNationalDay() {
        // due Fri 2026-10-16: -5 = Sat Oct 10, a make-up working day (10, 12, 13, 14, 15 lie before the due day),
        // -2 = Wed Oct 14, due Fri Oct 16, overdue from Mon Oct 19
        Occurrence first = next("2026-10-16", null, "2026-09-28T02:00:00Z").orElseThrow();
        assertThat(first.rung().offset()).isEqualTo(-5);
        assertThat(first.on()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(first.at()).isEqualTo(Instant.parse("2026-10-10T01:00:00Z"));

        Occurrence second = next("2026-10-16", "2026-10-10T01:00:00Z", "2026-10-10T01:00:01Z").orElseThrow();
        assertThat(second.rung().offset()).isEqualTo(-2);
        assertThat(second.on()).isEqualTo(LocalDate.of(2026, 10, 14));

        Occurrence dueDay = next("2026-10-16", "2026-10-14T01:00:00Z", "2026-10-14T02:00:00Z").orElseThrow();
        assertThat(dueDay.rung().offset()).isZero();
        assertThat(dueDay.on()).isEqualTo(LocalDate.of(2026, 10, 16));

        Occurrence overdue = next("2026-10-16", "2026-10-16T01:00:00Z", "2026-10-16T02:00:00Z").orElseThrow();
        assertThat(overdue.rung().offset()).isEqualTo(1);
        assertThat(overdue.on()).isEqualTo(LocalDate.of(2026, 10, 19));

        Occurrence again = next("2026-10-16", "2026-10-19T01:00:00Z", "2026-10-19T02:00:00Z").orElseThrow();
        assertThat(again.on()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aRungBeforeAHolidayFallsOnTheLastWorkingDayBeforeIt() {
        // due Thu 2026-10-08, after National Day (Oct 1-7): -2 = Tue Sep 29 (Sep 29 and 30 lie before it);
        // -5 skips Mid-Autumn (Sep 25-27) too: 30, 29, 28, 24, 23 -> Wed Sep 23
        assertThat(next("2026-10-08", null, "2026-09-01T00:00:00Z").orElseThrow().on()).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(next("2026-10-08", "2026-09-23T01:00:00Z", "2026-09-23T02:00:00Z").orElseThrow().on())
                .isEqualTo(LocalDate.of(2026, 9, 29));
    }

    @Test
    void aMatterRegisteredLateGetsOnlyWhatIsDueNow() {
        // due Mon 11-30; on Fri 11-27 at 10:00 the -5 (11-23) and -2 (11-26) rungs have passed: only -2 is sent
        Occurrence now = next("2026-11-30", null, "2026-11-27T02:00:00Z").orElseThrow();
        assertThat(now.rung().offset()).isEqualTo(-2);
        assertThat(now.on()).isEqualTo(LocalDate.of(2026, 11, 26));
        // and then the due day
        assertThat(next("2026-11-30", now.at().toString(), "2026-11-27T02:00:01Z").orElseThrow().on())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aLongOverdueMatterGetsOneMailNotOnePerMissedDay() {
        // due Mon 11-02, first seen on Fri 11-13: one overdue mail, for today
        Occurrence now = next("2026-11-02", null, "2026-11-13T03:00:00Z").orElseThrow();
        assertThat(now.rung().repeat()).isTrue();
        assertThat(now.on()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(next("2026-11-02", now.at().toString(), "2026-11-13T03:00:01Z").orElseThrow().on())
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aDeadlineMovedLaterByAnExtensionStartsTheLadderAgain() {
        // the -2 rung of 11-30 was sent on 11-26; extended to Mon 12-28: next is -5 = Mon 12-21
        Occurrence next = next("2026-12-28", "2026-11-26T01:00:00Z", "2026-11-26T02:00:00Z").orElseThrow();
        assertThat(next.rung().offset()).isEqualTo(-5);
        assertThat(next.on()).isEqualTo(LocalDate.of(2026, 12, 21));
    }
}
