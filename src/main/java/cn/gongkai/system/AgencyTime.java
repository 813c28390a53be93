package cn.gongkai.system;

import cn.gongkai.agency.AgencyProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" and "today" for the whole application, in the agency's time zone. It reads the process
 * engine's clock so that tests moving the engine clock move everything; this is the only class
 * outside tests that touches the engine's clock.
 */
@Component
public class AgencyTime {

    private final ZoneId zone;

    public AgencyTime(AgencyProperties agency) {
        this.zone = agency.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    /** The last millisecond of the given day in the agency's time zone: a deadline's moment. */
    public Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(LocalTime.MAX).atZone(zone).toInstant());
    }

    public LocalDate dayOf(Date moment) {
        return LocalDate.ofInstant(moment.toInstant(), zone);
    }
}
