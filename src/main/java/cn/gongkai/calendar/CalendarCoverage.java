package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the holiday calendar covers the days deadlines are counted over now: this year always,
 * and next year from 1 December (the State Council publishes it around November).
 *
 * @param missingYears the years that should have a schedule and do not
 */
public record CalendarCoverage(LocalDate today, List<Integer> coveredYears, List<Integer> missingYears) {

    public static CalendarCoverage of(WorkingDayCalendar calendar, LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!calendar.hasYear(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonth() == Month.DECEMBER && !calendar.hasYear(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return new CalendarCoverage(today, List.copyOf(calendar.years()), List.copyOf(missing));
    }

    public boolean complete() {
        return missingYears.isEmpty();
    }

    /** What the operator should do, in Chinese; empty when nothing is missing. */
    public String advice() {
        if (complete()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("缺少");
        for (int i = 0; i < missingYears.size(); i++) {
            sb.append(i == 0 ? "" : "、").append(missingYears.get(i)).append(" 年");
        }
        return sb.append("的节假日安排：期限按周一至周五计算，可能不准。请在日历目录中添加 ")
                .append(missingYears.get(0)).append(".yaml（依据国务院办公厅当年发布的节假日安排通知）").toString();
    }
}
