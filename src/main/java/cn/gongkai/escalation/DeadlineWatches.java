package cn.gongkai.escalation;

import static cn.gongkai.escalation.DeadlineRemindersProcess.CLOCK;
import static cn.gongkai.escalation.DeadlineRemindersProcess.MATTER;

import cn.gongkai.system.AgencyTime;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The entry point for matters: "my clocks changed". Starts the watch of each clock that now applies
 * (once per clock, ever) and tells the running watches of the matter to plan again. Planning runs
 * in a job of its own after this transaction commits, so it reads what the caller wrote.
 */
@Service
public class DeadlineWatches {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatches.class);

    private final EscalationProperties properties;
    private final WatchRepository watches;
    private final RuntimeService runtime;
    private final AgencyTime clock;

    DeadlineWatches(EscalationProperties properties, WatchRepository watches, RuntimeService runtime, AgencyTime clock) {
        this.properties = properties;
        this.watches = watches;
        this.runtime = runtime;
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
            changed += runtime.createMessageCorrelation(DeadlineRemindersProcess.MESSAGE_DEADLINE_CHANGED)
                    .processInstanceBusinessKey(watchKey)
                    .correlateAllWithResult().size();
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
}
