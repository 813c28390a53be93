package cn.gongkai.proactive;

import cn.gongkai.calendar.CalendarChangedEvent;
import cn.gongkai.calendar.DueDate;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.DueDateMoves;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar changed: every item still in review gets its 20-working-day publication
 * deadline (Art. 26) counted again from its formed date — the variables, the deadline timer, the
 * open task's due date and the reminders — as open applications do.
 */
@Component
class PublicationRetiming {

    private static final Logger log = LoggerFactory.getLogger(PublicationRetiming.class);

    private final RuntimeService runtime;
    private final DueDateMoves moves;
    private final WorkingDays workingDays;
    private final PublicationDeadline timers;
    private final DeadlineWatches reminders;
    private final AgencyTime clock;

    PublicationRetiming(RuntimeService runtime, DueDateMoves moves, WorkingDays workingDays, PublicationDeadline timers,
            DeadlineWatches reminders, AgencyTime clock) {
        this.runtime = runtime;
        this.moves = moves;
        this.workingDays = workingDays;
        this.timers = timers;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener
    public void onCalendarChanged(CalendarChangedEvent event) {
        List<ProcessInstance> open = runtime.createProcessInstanceQuery().processDefinitionKey(ProactiveDisclosure.KEY)
                .active().list();
        int moved = moves.retimeEach(open, pi -> retime(pi.getId()), ProcessInstance::getId, "PROACTIVE-005");
        log.info("PROACTIVE-004 calendar changed: {} items in review re-timed, {} publication deadlines moved", open.size(),
                moved);
    }

    /** Counts the item's deadline again; true when it moved. */
    boolean retime(String processInstanceId) {
        Map<String, Object> v = runtime.getVariables(processInstanceId,
                List.of(ProactiveDisclosure.FORMED_ON.name(), ProactiveDisclosure.PUBLISH_DUE_ON.name()));
        String formed = ProactiveDisclosure.FORMED_ON.get(v);
        if (formed == null) {
            return false;
        }
        DueDate due = workingDays.dueDate(LocalDate.parse(formed), ProactiveDisclosure.PUBLICATION_WORKING_DAYS);
        if (due.dueOn().toString().equals(ProactiveDisclosure.PUBLISH_DUE_ON.get(v))) {
            return false;
        }
        Date dueAt = clock.endOfDay(due.dueOn());
        moves.move(processInstanceId, Map.of(ProactiveDisclosure.PUBLISH_DUE_ON.name(), due.dueOn().toString(),
                ProactiveDisclosure.PUBLISH_DUE_AT.name(), dueAt,
                ProactiveDisclosure.PUBLISH_DUE_EXPLANATION.name(), String.join("\n", due.explanation())), dueAt);
        timers.moveTimer(processInstanceId, dueAt);
        reminders.refresh(Matter.proactive(processInstanceId), List.of(WatchedClock.PUBLICATION));
        return true;
    }
}
