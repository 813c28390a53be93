package cn.gongkai.dashboard;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ClockState;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.request.RequestSync;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applications as the dashboard counts them: those replied in a period, with the working days
 * their reply took (the statutory count: from the day after receipt, pauses not counted), and
 * those open now, with their deadline read from their ledgers — all ledgers in one query.
 */
@Service
class Matters {

    /** An application replied to. */
    record Replied(long id, String trackingCode, String division, LocalDate repliedOn, LocalDate dueOn,
            int workingDaysUsed) {

        public boolean onTime() {
            return dueOn == null || !repliedOn.isAfter(dueOn);
        }
    }

    /**
     * An open application with its deadline today; {@code elapsed} and {@code remaining}, the counted
     * working days used so far and left until the due day (only while its clock runs).
     */
    record Open(long id, String trackingCode, String processInstanceId, String division, String description,
            ReplyDeadline deadline,
            int elapsed, int remaining) {

        public boolean running() {
            return deadline.state() == ClockState.RUNNING && deadline.dueOn() != null;
        }
    }

    private static final String OPEN_STATUSES = "('IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'CONSULTING', 'AWAITING_FEE')";

    private final JdbcClient jdbc;
    private final ClockLedger ledger;
    private final RequestSync sync;
    private final WorkingDays workingDays;
    private final AgencyTime clock;

    Matters(JdbcClient jdbc, ClockLedger ledger, RequestSync sync, WorkingDays workingDays, AgencyTime clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.sync = sync;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Applications of the scope replied from {@code from} to {@code to} (both included). */
    List<Replied> replied(Scope scope, LocalDate from, LocalDate to) {
        List<Object[]> rows = jdbc.sql("SELECT id, tracking_code, division, replied_on FROM disclosure_request "
                        + "WHERE replied_on >= :from AND replied_on <= :to" + (scope.wholeAgency() ? "" : " AND division = :division"))
                .param("from", from).param("to", to).param("division", scope.division())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)})
                .list();
        Map<Long, List<ClockEvent>> events = ledger.events(rows.stream().map(r -> (Long) r[0]).toList());
        WorkingDayCalendar calendar = workingDays.calendar();
        List<Replied> replied = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate repliedOn = (LocalDate) r[3];
            ReplyDeadline deadline = sync.replyClock().compute(events.getOrDefault((Long) r[0], List.of()), calendar, repliedOn);
            if (deadline.startedOn() == null) {
                continue;
            }
            int used = Math.max(0, calendar.countWorkingDays(deadline.startedOn().plusDays(1), repliedOn)
                    - deadline.pausedWorkingDays());
            replied.add(new Replied((Long) r[0], (String) r[1], (String) r[2], repliedOn, deadline.dueOn(), used));
        }
        return replied;
    }

    /** The scope's open applications (received, not yet replied), with their deadlines today. */
    List<Open> open(Scope scope) {
        List<Object[]> rows = jdbc.sql("SELECT id, tracking_code, division, description, process_instance_id "
                        + "FROM disclosure_request WHERE status IN " + OPEN_STATUSES + (scope.wholeAgency() ? "" : " AND division = :division")
                        + " ORDER BY reply_due_on, id")
                .param("division", scope.division())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)})
                .list();
        Map<Long, List<ClockEvent>> events = ledger.events(rows.stream().map(r -> (Long) r[0]).toList());
        WorkingDayCalendar calendar = workingDays.calendar();
        LocalDate today = clock.today();
        List<Open> open = new ArrayList<>();
        for (Object[] r : rows) {
            ReplyDeadline deadline = sync.replyClock().compute(events.getOrDefault((Long) r[0], List.of()), calendar, today);
            int elapsed = 0;
            int remaining = 0;
            if (deadline.state() == ClockState.RUNNING && deadline.dueOn() != null) {
                elapsed = Math.max(0, calendar.countWorkingDays(deadline.startedOn().plusDays(1), today)
                        - deadline.pausedWorkingDays());
                remaining = today.isAfter(deadline.dueOn()) ? -calendar.countWorkingDays(deadline.dueOn().plusDays(1), today)
                        : calendar.countWorkingDays(today.plusDays(1), deadline.dueOn());
            }
            open.add(new Open((Long) r[0], (String) r[1], (String) r[4], (String) r[2], (String) r[3], deadline, elapsed,
                    remaining));
        }
        return open;
    }
}
