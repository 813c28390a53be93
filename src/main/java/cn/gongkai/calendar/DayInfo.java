package cn.gongkai.calendar;

import java.time.LocalDate;

/** How the calendar classifies one day. */
public record DayInfo(LocalDate date, Kind kind, String name, boolean yearKnown) {

    public enum Kind {
        /** Monday to Friday, not a holiday. */
        WORKDAY,
        /** Saturday or Sunday, not a make-up working day. */
        WEEKEND,
        /** A public holiday day off. */
        HOLIDAY,
        /** A Saturday or Sunday declared a working day (调休上班). */
        MAKE_UP_WORKDAY
    }

    public boolean isWorkingDay() {
        return kind == Kind.WORKDAY || kind == Kind.MAKE_UP_WORKDAY;
    }
}
