package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

/**
 * The answer to "N working days from D": the due day, whether every year the count passed through
 * had a holiday calendar, and a line-by-line explanation in Chinese.
 */
public record DueDate(LocalDate from, int workingDays, LocalDate dueOn, boolean calendarComplete,
        SortedSet<Integer> missingYears, List<String> explanation) {
}
