package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;

import cn.gongkai.system.AgencyTime;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The entry point for matters: "my clocks changed". Starts the watch of each clock that now applies
 * (once per clock, ever) and tells the running watches of the matter to plan again: a watch's one
 * timer is brought forward to now (watches of versions 1.0 and 1.1 get a message instead). Planning
 * runs in the timer's job after this transaction commits, so it reads what the caller wrote.
 */
@Service
public class DeadlineWatches {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatches.class);

    private final EscalationProperties properties;
    private final WatchRepository watches;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AgencyTime clock;

    DeadlineWatches(EscalationProperties properties, WatchRepository watches, RuntimeService runtime,
            ManagementService management, AgencyTime clock) {
        this.properties = properties;
        this.watches = watches;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    /**
     * The matter's clocks changed (or may have).
     *
     * @param applying the clocks that apply now; a watch is started for each that has none yet
     */
    public void refresh(Matter matter, Collection<WatchedClock> applying) {
        if (!properties.enabled()) {
            return;
        }
        // each watch by its business key (an index), not by scanning every process's variables
        int changed = 0;
        for (String watchKey : watches.keysOf(matter)) {
            changed += wake(watchKey);
        }
        for (WatchedClock watched : applying) {
            if (watches.claim(matter, watched, clock.now())) {
                runtime.startProcessInstanceByKey(DeadlineRemindersProcess.KEY, matter.watchKey(watched),
                        Map.of(MATTER.name(), matter.key(), CLOCK.name(), watched.name()));
                log.info("REMINDER-001 {} {} is watched", matter, watched);
            }
        }
        log.debug("REMINDER-002 {} changed; {} watches re-plan", matter, changed);
    }

    /**
     * Brings the running watch's timer forward to now; 0 when the watch has ended. A timer that is
     * due already is left alone: it runs (or is running) and plans again anyway, and leaving it alone
     * keeps this transaction out of a conflict with the job executor's.
     */
    private int wake(String watchKey) {
        ProcessInstance watch = runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineRemindersProcess.KEY)
                .processInstanceBusinessKey(watchKey).singleResult();
        if (watch == null) {
            return 0;
        }
        Job timer = management.createJobQuery().processInstanceId(watch.getId())
                .activityId(DeadlineRemindersProcess.TIMER_WAKE).singleResult();
        if (timer != null) {
            Date now = Date.from(clock.now());
            if (timer.getDuedate().after(now)) {
                management.setJobDuedate(timer.getId(), now);
            }
            return 1;
        }
        // a watch started before version 1.2 waits for a message beside its timers
        return runtime.createMessageCorrelation(DeadlineRemindersProcess.MESSAGE_DEADLINE_CHANGED)
                .processInstanceId(watch.getId()).correlateAllWithResult().size();
    }
}
