package cn.gongkai.escalation;

import cn.gongkai.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rung of a ladder comes next for a due day — pure. Rungs already handled are left out;
 * of the rungs whose time has passed only the latest is sent (a matter registered late gets what
 * is due now, not a flood of stale mails); otherwise the earliest future rung is awaited. A
 * repeating rung recurs every working day.
 */
public final class ReminderPlanner {

    private ReminderPlanner() {
    }

    public static Optional<Occurrence> next(LocalDate dueOn, List<Rung> ladder, Instant lastHandledAt, Instant now,
            WorkingDayCalendar calendar, ZoneId zone, LocalTime sendAt) {
        List<Occurrence> candidates = new ArrayList<>();
        for (Rung rung : ladder) {
            LocalDate first = shift(dueOn, rung.offset(), calendar);
            LocalDate day = first;
            while (true) {
                Instant at = day.atTime(sendAt).atZone(zone).toInstant();
                if (lastHandledAt == null || at.isAfter(lastHandledAt)) {
                    candidates.add(new Occurrence(rung, day, at, dueOn));
                }
                if (!rung.repeat() || at.isAfter(now)) {
                    break;
                }
                day = calendar.nextWorkingDay(day);
            }
        }
        Optional<Occurrence> latestDue = candidates.stream().filter(o -> !o.at().isAfter(now))
                .max(Comparator.comparing(Occurrence::at));
        if (latestDue.isPresent()) {
            return latestDue;
        }
        return candidates.stream().min(Comparator.comparing(Occurrence::at));
    }

    static LocalDate shift(LocalDate dueOn, int offset, WorkingDayCalendar calendar) {
        if (offset < 0) {
            return calendar.minusWorkingDays(dueOn, -offset);
        }
        if (offset == 0) {
            return dueOn;
        }
        return calendar.addWorkingDays(dueOn, offset).dueOn();
    }
}
