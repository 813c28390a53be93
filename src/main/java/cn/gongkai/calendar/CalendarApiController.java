package cn.gongkai.calendar;

import cn.gongkai.system.Fields;
import cn.gongkai.system.PublicApi;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/due-date}: the due date of N working days from a date, explained. */
@PublicApi
@RestController
@RequestMapping("/api/calendar")
class CalendarApiController {

    static final int MAX_WORKING_DAYS = 366;
    /** The dates the API counts from: a range any disclosure matter falls in, and no year with six digits. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/due-date")
    DueDateResponse dueDate(@RequestParam Map<String, String> query) {
        Fields params = new Fields(query, null);
        LocalDate from = params.date("from", "起算日", true);
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))) {
            params.problem("from", "「起算日」应在 " + EARLIEST + " 到 " + LATEST + " 之间，收到「" + from + "」");
        }
        Integer days = params.integer("workingDays", "工作日数", 1, MAX_WORKING_DAYS, null);
        params.validate();
        DueDate due = workingDays.dueDate(from, days);
        return new DueDateResponse(due.from(), due.workingDays(), due.dueOn(), due.calendarComplete(),
                List.copyOf(due.missingYears()), due.explanation());
    }

    record DueDateResponse(LocalDate from, int workingDays, LocalDate dueOn, boolean calendarComplete,
            List<Integer> missingYears, List<String> explanation) {
    }
}
