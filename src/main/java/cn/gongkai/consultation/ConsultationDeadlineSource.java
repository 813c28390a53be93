package cn.gongkai.consultation;

import cn.gongkai.escalation.DeadlineReading;
import cn.gongkai.escalation.DeadlineReading.Phase;
import cn.gongkai.escalation.DeadlineSource;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The answer deadline of a consultation, for the escalation e-mails: it runs until the answer is sent. */
@Component
class ConsultationDeadlineSource implements DeadlineSource {

    private final ConsultationRepository consultations;
    private final ConsultationProperties properties;

    ConsultationDeadlineSource(ConsultationRepository consultations, ConsultationProperties properties) {
        this.consultations = consultations;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return Matter.CONSULTATION;
    }

    @Override
    public DeadlineReading read(String trackingCode, WatchedClock clock) {
        Optional<Consultation> found = consultations.findByTrackingCode(trackingCode);
        if (clock != WatchedClock.CONSULTATION_ANSWER || found.isEmpty()
                || found.get().status() != ConsultationStatus.RECEIVED || found.get().processInstanceId() == null) {
            return DeadlineReading.ended();
        }
        Consultation c = found.get();
        return new DeadlineReading(Phase.RUNNING, c.dueOn(), "咨询 " + c.trackingCode(), c.subject(),
                List.of(c.channel().label() + "，" + c.receivedOn() + " 收到；自次日起 " + properties.answerWorkingDays()
                        + " 个工作日内答复，期限至 " + c.dueOn()),
                c.processInstanceId(), c.division(), "/staff/reminders?matter=" + Matter.consultation(c.trackingCode()).key());
    }
}
