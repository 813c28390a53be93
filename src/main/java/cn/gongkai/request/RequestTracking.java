package cn.gongkai.request;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEvent;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.clock.ReplyDeadline;
import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.TrackingCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The public view of an application by its tracking code. */
@Service
public class RequestTracking {

    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final RequestSync sync;
    private final WorkingDays workingDays;

    RequestTracking(RequestRepository requests, ClockLedger ledger, RequestSync sync, WorkingDays workingDays) {
        this.requests = requests;
        this.ledger = ledger;
        this.sync = sync;
        this.workingDays = workingDays;
    }

    /** @throws NotFoundException when no application has this code (as typed, misreadings forgiven) */
    public TrackingView view(String typedCode) {
        return find(typedCode).orElseThrow(() -> new NotFoundException("没有查询码为「" + typedCode + "」的申请，请核对后重试"));
    }

    public Optional<TrackingView> find(String typedCode) {
        String code = TrackingCodes.normalize(TrackingCodes.APPLICATION, typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return requests.findByTrackingCode(code).map(this::view);
    }

    /** The canonical form of a typed code, or null when it cannot be one. */
    public static String normalize(String typedCode) {
        return TrackingCodes.normalize(TrackingCodes.APPLICATION, typedCode);
    }

    private TrackingView view(DisclosureRequest r) {
        List<ClockEvent> events = ledger.events(r.id());
        ReplyDeadline deadline = sync.deadline(r.id());
        TrackingView.SupplementView supplement = null;
        if (r.status() == RequestStatus.AWAITING_SUPPLEMENT) {
            ClockEvent asked = events.stream().filter(e -> e.type() == ClockEventType.SUPPLEMENT_REQUESTED)
                    .reduce((a, b) -> b).orElseThrow();
            LocalDate dueOn = workingDays.dueDate(asked.occurredOn(), asked.workingDays()).dueOn();
            supplement = new TrackingView.SupplementView(ledger.latestNote(r.id(), ClockEventType.SUPPLEMENT_REQUESTED),
                    dueOn);
        }
        return new TrackingView(
                r.trackingCode(),
                r.status().name(),
                r.status().label(),
                r.channel().name(),
                r.channel().label(),
                r.description(),
                r.submittedAt(),
                r.receivedOn(),
                deadline.dueOn(),
                deadline.state().name(),
                deadline.state().label(),
                deadline.pausedWorkingDays(),
                deadline.pauses().stream()
                        .map(p -> new TrackingView.PauseView(p.from(), p.to(), p.reason(), p.workingDays())).toList(),
                deadline.extended(),
                deadline.extendedWorkingDays(),
                supplement,
                r.outcome() == null ? null : r.outcome().name(),
                r.outcome() == null ? null : r.outcome().label(),
                r.repliedOn(),
                r.servedOn(),
                events.stream().map(e -> new TrackingView.ClockEntry(e.type().name(), e.type().label(), e.occurredOn(),
                        e.detail())).toList(),
                deadline.explanation());
    }
}
