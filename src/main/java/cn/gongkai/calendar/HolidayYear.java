package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One year of the official holiday schedule: the days off and the weekend days that are working
 * days (调休上班). Loaded from one data file per year.
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, List<MakeUpWorkday> workdays) {

    public HolidayYear {
        source = source == null ? "" : source;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }

    /** A run of days off, both ends included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /** A Saturday or Sunday on which people work. */
    public record MakeUpWorkday(LocalDate date, String name) {
    }

    /** The problems that make this year unusable, in Chinese; empty when the year is consistent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add("year 字段无效：" + year);
            return problems;
        }
        for (Holiday h : holidays) {
            if (h.name() == null || h.name().isBlank()) {
                problems.add("holidays 中有一项缺少 name");
            }
            if (h.from() == null || h.to() == null) {
                problems.add("假期「" + h.name() + "」缺少 from 或 to");
                continue;
            }
            if (h.to().isBefore(h.from())) {
                problems.add("假期「" + h.name() + "」的 to 早于 from");
            }
            if (h.from().getYear() != year || h.to().getYear() != year) {
                problems.add("假期「" + h.name() + "」不在 " + year + " 年内（跨年的假期请分别写入各年文件）");
            }
        }
        for (MakeUpWorkday w : workdays) {
            if (w.date() == null) {
                problems.add("workdays 中有一项缺少 date");
                continue;
            }
            if (w.date().getYear() != year) {
                problems.add("调休上班日 " + w.date() + " 不在 " + year + " 年内");
            }
            DayOfWeek dow = w.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                problems.add("调休上班日 " + w.date() + " 不是星期六或星期日");
            }
            for (Holiday h : holidays) {
                if (h.from() != null && h.to() != null
                        && !w.date().isBefore(h.from()) && !w.date().isAfter(h.to())) {
                    problems.add("调休上班日 " + w.date() + " 落在假期「" + h.name() + "」之内");
                }
            }
        }
        return problems;
    }
}
