package cn.gongkai.access;

import cn.gongkai.calendar.CalendarProperties;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.system.AgencyTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Dates for the shared Tasklist filters, evaluated by the engine each time a filter runs
 * ({@code ${taskFilterDates.dueSoonLimit()}}).
 */
@Component("taskFilterDates")
public class TaskFilterDates {

    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final CalendarProperties calendar;

    TaskFilterDates(WorkingDays workingDays, AgencyTime clock, CalendarProperties calendar) {
        this.workingDays = workingDays;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The end of the N-th working day after today (N = gongkai.calendar.due-soon-working-days, 3). */
    public Date dueSoonLimit() {
        return clock.endOfDay(workingDays.calendar().addWorkingDays(clock.today(), calendar.dueSoonWorkingDays()).dueOn());
    }
}
