package cn.gongkai.escalation;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Escalation e-mails: the default ladder, ladders per clock, when in the day they go out, who
 * sends them and where the links in them point.
 *
 * @param ladder the default ladder; {@code clocks} replaces it for one clock
 * @param sendAt the time of day (agency time zone) at which a rung's mails go out
 * @param recheckAt the time of day at which every watch reads its clock again, in case a change
 *        committed while it was planning went unseen
 * @param baseUrl the address staff reach the application at, for links to Tasklist and files
 * @param from the sender address; {@code fromName} its display name
 */
@ConfigurationProperties("gongkai.escalation")
public record EscalationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("gongkai-noreply@gongkai.example") String from,
        @DefaultValue("政府信息公开办公室") String fromName,
        @DefaultValue("09:00") LocalTime sendAt,
        @DefaultValue("08:30") LocalTime recheckAt,
        List<Rung> ladder,
        Map<WatchedClock, List<Rung>> clocks) {

    /** The ladder of a clock: its own if configured, else the default. */
    public List<Rung> ladder(WatchedClock clock) {
        if (clocks != null && clocks.containsKey(clock)) {
            return clocks.get(clock);
        }
        return ladder == null || ladder.isEmpty() ? defaultLadder() : ladder;
    }

    /** 5 working days before → holders; 2 before → also the division head; due day → also the
     * disclosure-office head; overdue → also the supervisors, every working day. */
    static List<Rung> defaultLadder() {
        return List.of(
                new Rung(-5, Set.of(Role.HOLDERS), false),
                new Rung(-2, Set.of(Role.HOLDERS, Role.DIVISION_HEAD), false),
                new Rung(0, Set.of(Role.HOLDERS, Role.DIVISION_HEAD, Role.OFFICE_HEAD), false),
                new Rung(1, Set.of(Role.HOLDERS, Role.DIVISION_HEAD, Role.OFFICE_HEAD, Role.SUPERVISORS), true));
    }

    public Map<WatchedClock, List<Rung>> clocks() {
        return clocks == null ? Map.of() : clocks;
    }
}
