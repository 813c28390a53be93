package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;

/** The health components operators watch, and the calendar's warning from 1 December. */
@GongkaiTest
class HealthTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    HealthEndpoint health;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportsDatabaseEngineJobExecutorMailAndCalendar() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-27T02:00:00Z")));
        SystemHealth all = (SystemHealth) health.health();
        // (jobExecutor joins them where the job executor runs; these tests drive jobs themselves)
        assertThat(all.getComponents()).containsKeys("db", "processEngine", "mail", "calendar");
        assertThat(component("db").getStatus()).isEqualTo(Status.UP);
        assertThat(component("processEngine").getStatus()).isEqualTo(Status.UP);
        assertThat(component("mail").getStatus()).isEqualTo(Status.UP);
        assertThat(component("calendar").getStatus()).isEqualTo(Status.UP);

        smtp.stop();
        assertThat(component("mail").getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void warnsFromFirstDecemberWhenNextYearsCalendarIsMissing() {
        // 2026-12-01 00:30 in Shanghai is still 30 November in UTC: the agency's day counts
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T16:30:00Z")));
        HealthComponent calendar = component("calendar");
        assertThat(calendar.getStatus().getCode()).isEqualTo("WARNING");
        assertThat(((org.springframework.boot.actuate.health.Health) calendar).getDetails())
                .containsEntry("missingYears", java.util.List.of(2027))
                .hasEntrySatisfying("advice", advice -> assertThat(advice.toString()).contains("2027.yaml"));

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-30T15:30:00Z")));
        assertThat(component("calendar").getStatus()).isEqualTo(Status.UP);
    }

    HealthComponent component(String name) {
        return health.healthForPath(name);
    }
}
