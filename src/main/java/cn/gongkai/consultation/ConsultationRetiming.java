package cn.gongkai.consultation;

import cn.gongkai.calendar.CalendarChangedEvent;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.process.DueDateMoves;
import cn.gongkai.system.AgencyTime;
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
 * The holiday calendar changed: every consultation not yet answered gets its answer period counted
 * again from its receipt — the stored due date, the process's variables and open tasks, and the
 * reminders — as open applications do.
 */
@Component
class ConsultationRetiming {

    private static final Logger log = LoggerFactory.getLogger(ConsultationRetiming.class);

    private final ConsultationRepository consultations;
    private final ConsultationService service;
    private final DueDateMoves moves;
    private final DeadlineWatches reminders;
    private final AgencyTime clock;

    ConsultationRetiming(ConsultationRepository consultations, ConsultationService service, DueDateMoves moves,
            DeadlineWatches reminders, AgencyTime clock) {
        this.consultations = consultations;
        this.service = service;
        this.moves = moves;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener
    public void onCalendarChanged(CalendarChangedEvent event) {
        List<Consultation> open = consultations.unanswered();
        int moved = moves.retimeEach(open, this::retime, Consultation::trackingCode, "CONSULT-008");
        log.info("CONSULT-007 calendar changed: {} unanswered consultations re-timed, {} due dates moved", open.size(), moved);
    }

    /** Counts the consultation's answer period again; true when its due date moved. */
    boolean retime(Consultation c) {
        LocalDate dueOn = service.dueOn(c.receivedOn());
        if (dueOn.equals(c.dueOn())) {
            return false;
        }
        consultations.setDueOn(c.id(), dueOn);
        Consultation now = consultations.get(c.id());
        Date dueAt = clock.endOfDay(dueOn);
        moves.move(now.processInstanceId(), Map.of(ConsultationProcess.ANSWER_DUE_ON.name(), dueOn.toString(),
                ConsultationProcess.ANSWER_DUE_AT.name(), dueAt, ConsultationProcess.SUMMARY.name(),
                ConsultationService.summary(now)), dueAt);
        reminders.refresh(Matter.consultation(now.trackingCode()), Set.of());
        log.info("CONSULT-009 {} answer due {} -> {}", c.trackingCode(), c.dueOn(), dueOn);
        return true;
    }
}
