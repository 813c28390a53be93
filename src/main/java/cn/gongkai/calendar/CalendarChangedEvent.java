package cn.gongkai.calendar;

import java.util.SortedSet;

/** Published after the holiday schedules were reloaded and something changed. */
public record CalendarChangedEvent(SortedSet<Integer> yearsBefore, SortedSet<Integer> yearsAfter) {
}
