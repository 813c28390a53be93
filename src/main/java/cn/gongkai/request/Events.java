package cn.gongkai.request;

import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Records clock events of applications with who recorded them and when. */
@Component
class Events {

    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private final ClockLedger ledger;
    private final StaffNames names;
    private final AgencyTime clock;

    Events(ClockLedger ledger, StaffNames names, AgencyTime clock) {
        this.ledger = ledger;
        this.names = names;
        this.clock = clock;
    }

    void record(DisclosureRequest r, ClockEventType type, LocalDate on, String actor, String detail, String note,
            Integer workingDays) {
        ledger.record(r.id(), new ClockEvent(0, type, on, actor, names.nameOf(actor), detail, workingDays, clock.now()), note);
        log.info("CLOCK-010 {} {} on {} by {}{}", r.trackingCode(), type, on, actor,
                workingDays == null ? "" : " (" + workingDays + " working days)");
    }

    String nameOf(String userId) {
        return names.nameOf(userId);
    }
}
