package cn.gongkai.calendar;

import cn.gongkai.system.AgencyTime;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code calendar}: UP while the holiday calendar covers this year (and, from
 * 1 December, next year); WARNING otherwise, with what to add. Deadlines are still counted, Monday
 * to Friday, so the application stays in service.
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

    /** Mapped to HTTP 200 and ordered between DOWN and UP in application.yaml. */
    static final Status WARNING = new Status("WARNING", "节假日安排不完整");

    private final WorkingDays workingDays;
    private final AgencyTime clock;

    CalendarHealthIndicator(WorkingDays workingDays, AgencyTime clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public Health health() {
        CalendarCoverage coverage = CalendarCoverage.of(workingDays.calendar(), clock.today());
        Health.Builder health = coverage.complete() ? Health.up() : Health.status(WARNING)
                .withDetail("missingYears", coverage.missingYears())
                .withDetail("advice", coverage.advice());
        return health.withDetail("today", coverage.today().toString())
                .withDetail("coveredYears", coverage.coveredYears()).build();
    }
}
