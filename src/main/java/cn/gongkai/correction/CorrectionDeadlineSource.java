package cn.gongkai.correction;

import cn.gongkai.escalation.DeadlineReading;
import cn.gongkai.escalation.DeadlineReading.Phase;
import cn.gongkai.escalation.DeadlineSource;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The reply deadline of a request to correct a record, for the escalation e-mails: it runs until the reply is issued. */
@Component
class CorrectionDeadlineSource implements DeadlineSource {

    private final CorrectionRepository corrections;
    private final CorrectionProperties properties;

    CorrectionDeadlineSource(CorrectionRepository corrections, CorrectionProperties properties) {
        this.corrections = corrections;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return Matter.CORRECTION;
    }

    @Override
    public DeadlineReading read(String trackingCode, WatchedClock clock) {
        Optional<Correction> found = corrections.findByTrackingCode(trackingCode);
        if (clock != WatchedClock.CORRECTION_REPLY || found.isEmpty() || found.get().repliedOn() != null) {
            return DeadlineReading.ended();
        }
        Correction c = found.get();
        return new DeadlineReading(Phase.RUNNING, c.dueOn(), "更正申请 " + c.trackingCode(), c.record(),
                List.of(c.receivedOn() + " 收到；自次日起 " + properties.replyWorkingDays() + " 个工作日内答复，期限至 " + c.dueOn()),
                c.processInstanceId(), c.division(), "/staff/reminders?matter=" + Matter.correction(c.trackingCode()).key());
    }
}
