package cn.gongkai.escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * How one clock of a matter stands now, as its source reads it.
 *
 * @param dueOn the last day, while the clock runs
 * @param reference how staff know the matter: "申请 YS2026-…" or "主动公开事项"
 * @param title what the matter is about, one line
 * @param explanation how the due day was worked out, line by line
 * @param processInstanceId the matter's own process instance, whose open tasks hold it
 * @param division the division handling it, if any
 * @param link where staff open the matter, relative to the application's base URL
 */
public record DeadlineReading(Phase phase, LocalDate dueOn, String reference, String title, List<String> explanation,
        String processInstanceId, String division, String link) {

    public enum Phase {
        /** The clock runs towards {@code dueOn}: remind. */
        RUNNING,
        /** Paused, not started or not applying now; it may run again. */
        WAITING,
        /** Over for good: the matter is closed, published, withdrawn or past this stage. */
        ENDED
    }

    public DeadlineReading {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        if (phase == Phase.RUNNING && dueOn == null) {
            throw new IllegalArgumentException("A running clock needs a due day");
        }
    }

    public static DeadlineReading ended() {
        return new DeadlineReading(Phase.ENDED, null, null, null, List.of(), null, null, null);
    }
}
