package cn.gongkai.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * An application's reply deadline as derived from its clock events and the calendar.
 *
 * @param dueOn the last day to reply; while a pause lasts, the day it would be if the pause ended
 *        today; null before receipt and while awaiting a supplement
 * @param startedOn the day the reply period counts from (receipt, or the supplement's receipt)
 * @param extensionCheck whether an extension may still be granted today, and why not
 */
public record ReplyDeadline(
        ClockState state,
        LocalDate startedOn,
        LocalDate dueOn,
        int pausedWorkingDays,
        int extendedWorkingDays,
        List<Pause> pauses,
        boolean calendarComplete,
        List<String> explanation,
        LocalDate repliedOn,
        LocalDate servedOn) {

    public boolean extended() {
        return extendedWorkingDays > 0;
    }

    /** Whether the matter is late on the given day: the clock runs and the day is after the due day. */
    public boolean overdueOn(LocalDate day) {
        return state == ClockState.RUNNING && dueOn != null && day.isAfter(dueOn);
    }
}
