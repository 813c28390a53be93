package cn.gongkai.correction;

import cn.gongkai.calendar.CalendarChangedEvent;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.process.DueDateMoves;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar changed: every request to correct a record that is not yet answered gets its
 * reply period counted again from its receipt — the stored due date, the process's variables and
 * open tasks, and the reminders — as open applications do.
 */
@Component
class CorrectionRetiming {

    private static final Logger log = LoggerFactory.getLogger(CorrectionRetiming.class);

    private final CorrectionRepository corrections;
    private final CorrectionService service;
    private final DueDateMoves moves;
    private final DeadlineWatches reminders;

    CorrectionRetiming(CorrectionRepository corrections, CorrectionService service, DueDateMoves moves,
            DeadlineWatches reminders) {
        this.corrections = corrections;
        this.service = service;
        this.moves = moves;
        this.reminders = reminders;
    }

    @EventListener
    public void onCalendarChanged(CalendarChangedEvent event) {
        List<Correction> open = corrections.unanswered();
        int moved = moves.retimeEach(open, this::retime, Correction::trackingCode, "CORRECTION-005");
        log.info("CORRECTION-004 calendar changed: {} unanswered requests re-timed, {} due dates moved", open.size(), moved);
    }

    /** Counts the request's reply period again; true when its due date moved. */
    boolean retime(Correction c) {
        LocalDate dueOn = service.dueOn(c.receivedOn());
        if (dueOn.equals(c.dueOn())) {
            return false;
        }
        corrections.setDueOn(c.id(), dueOn);
        Correction now = corrections.get(c.id());
        Date dueAt = service.dueAt(now);
        moves.move(now.processInstanceId(), Map.of(CorrectionProcess.DUE_AT.name(), dueAt,
                CorrectionProcess.SUMMARY.name(), service.summary(now)), dueAt);
        reminders.refresh(Matter.correction(now.trackingCode()), Set.of());
        log.info("CORRECTION-006 {} reply due {} -> {}", c.trackingCode(), c.dueOn(), dueOn);
        return true;
    }
}
