package cn.gongkai.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where holiday schedules come from. The shipped years are on the classpath under
 * {@code calendar/}; operators add or correct a year by putting {@code YYYY.yaml} into
 * {@link #directory()}, which is rescanned every {@link #rescanInterval()} — no rebuild, no restart.
 */
@ConfigurationProperties("gongkai.calendar")
public record CalendarProperties(
        @DefaultValue("./config/calendar") String directory,
        @DefaultValue("PT1M") Duration rescanInterval,
        @DefaultValue("3") int dueSoonWorkingDays) {
}
