package cn.gongkai.clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded event of an application's clock: what happened, on which day it counts, who
 * recorded it and why. {@code workingDays} is the length of an extension; {@code detail} a reason,
 * the consulted party or the way of delivery.
 */
public record ClockEvent(
        long id,
        ClockEventType type,
        LocalDate occurredOn,
        String actor,
        String actorName,
        String detail,
        Integer workingDays,
        Instant recordedAt) {

    public static ClockEvent of(ClockEventType type, LocalDate occurredOn) {
        return new ClockEvent(0, type, occurredOn, null, null, null, null, null);
    }

    public ClockEvent withDetail(String detail) {
        return new ClockEvent(id, type, occurredOn, actor, actorName, detail, workingDays, recordedAt);
    }

    public ClockEvent withActor(String actor, String actorName) {
        return new ClockEvent(id, type, occurredOn, actor, actorName, detail, workingDays, recordedAt);
    }

    public ClockEvent withWorkingDays(Integer days) {
        return new ClockEvent(id, type, occurredOn, actor, actorName, detail, days, recordedAt);
    }
}
