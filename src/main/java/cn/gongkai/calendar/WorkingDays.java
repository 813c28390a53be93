package cn.gongkai.calendar;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Due dates for the whole application, over the current holiday calendar. A count that reaches a
 * year without a loaded calendar is logged, and its answer says so.
 */
@Service
public class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final CalendarStore store;

    public WorkingDays(CalendarStore store) {
        this.store = store;
    }

    public DueDate dueDate(LocalDate from, int workingDays) {
        DueDate due = store.calendar().addWorkingDays(from, workingDays);
        if (!due.calendarComplete()) {
            log.warn("CALENDAR-002 due date {} = {} working days from {} counted without a holiday calendar for {}",
                    due.dueOn(), workingDays, from, due.missingYears());
        }
        return due;
    }

    public boolean isWorkingDay(LocalDate day) {
        return store.calendar().isWorkingDay(day);
    }

    public WorkingDayCalendar calendar() {
        return store.calendar();
    }
}
