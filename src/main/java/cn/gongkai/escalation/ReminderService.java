package cn.gongkai.escalation;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.system.AgencyClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans and sends the rungs of one watched clock: reads the clock from its source, asks the
 * {@link ReminderPlanner} what comes next and, when a rung's time has come, mails the people it
 * names — each at most once, as the mail log records.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final Map<String, ClockSource> sources;
    private final EscalationProperties properties;
    private final WorkingDays workingDays;
    private final AgencyClock clock;
    private final Recipients recipients;
    private final ReminderMailer mailer;
    private final ReminderMails mails;

    ReminderService(List<ClockSource> sources, EscalationProperties properties, WorkingDays workingDays,
            AgencyClock clock, Recipients recipients, ReminderMailer mailer, ReminderMails mails) {
        this.sources = sources.stream().collect(Collectors.toMap(ClockSource::kind, Function.identity()));
        this.properties = properties;
        this.workingDays = workingDays;
        this.clock = clock;
        this.recipients = recipients;
        this.mailer = mailer;
        this.mails = mails;
    }

    /** What the watch does next, given the send time of the last rung it handled (null: none yet). */
    public ReminderPlan plan(Matter matter, WatchedClock watched, Instant lastHandledAt) {
        ClockReading reading = read(matter, watched);
        return switch (reading.phase()) {
            case ENDED -> ReminderPlan.stop(reading);
            case WAITING -> ReminderPlan.waiting(reading);
            case RUNNING -> next(reading, watched, lastHandledAt).map(o -> ReminderPlan.send(o, reading))
                    .orElseGet(() -> ReminderPlan.waiting(reading));
        };
    }

    /**
     * Sends a rung's mails, if the clock still stands where the plan found it; false when it
     * moved meanwhile (the watch then plans again). Mails already logged are not sent again.
     */
    public boolean send(Matter matter, WatchedClock watched, int rungOffset, LocalDate occurrenceOn, LocalDate dueOn) {
        ClockReading reading = read(matter, watched);
        Optional<Rung> rung = properties.ladder(watched).stream().filter(r -> r.offset() == rungOffset).findFirst();
        if (reading.phase() != ClockReading.Phase.RUNNING || !dueOn.equals(reading.dueOn()) || rung.isEmpty()) {
            log.info("REMINDER-003 {} {}: the clock moved ({} {}); rung {} of {} not sent", matter, watched,
                    reading.phase(), reading.dueOn(), rungOffset, occurrenceOn);
            return false;
        }
        Occurrence occurrence = new Occurrence(rung.get(), occurrenceOn,
                occurrenceOn.atTime(properties.sendAt()).atZone(clock.zone()).toInstant(), dueOn);
        List<Recipient> people = recipients.resolve(rung.get().roles(), reading);
        if (people.isEmpty()) {
            log.warn("REMINDER-004 {} {}: nobody to tell for rung {} ({})", matter, watched, rungOffset, rung.get().roles());
        }
        int sent = 0;
        for (Recipient person : people) {
            if (deliver(matter, watched, occurrence, reading, person)) {
                sent++;
            }
        }
        log.info("REMINDER-005 {} {} due {}: rung {} of {} sent to {} of {} people", matter, watched, dueOn,
                rungOffset, occurrenceOn, sent, people.size());
        return true;
    }

    private boolean deliver(Matter matter, WatchedClock watched, Occurrence occurrence, ClockReading reading,
            Recipient person) {
        ReminderMailer.Composed mail = mailer.compose(watched, occurrence, reading, person);
        if (person.email() == null) {
            mails.claim(matter, watched, occurrence, person, mail.subject(), ReminderMail.Status.NO_ADDRESS, clock.now());
            log.warn("REMINDER-006 {} has no e-mail address; {} {} not sent to them", person.userId(), matter, watched);
            return false;
        }
        OptionalLong claim = mails.claim(matter, watched, occurrence, person, mail.subject(),
                ReminderMail.Status.SENDING, clock.now());
        if (claim.isEmpty()) {
            return false;
        }
        try {
            mailer.send(person, mail);
        } catch (RuntimeException e) {
            mails.release(claim.getAsLong());
            throw e;
        }
        mails.markSent(claim.getAsLong(), clock.now());
        return true;
    }

    private Optional<Occurrence> next(ClockReading reading, WatchedClock watched, Instant lastHandledAt) {
        return ReminderPlanner.next(reading.dueOn(), properties.ladder(watched), lastHandledAt, clock.now(),
                workingDays.calendar(), clock.zone(), properties.sendAt());
    }

    private ClockReading read(Matter matter, WatchedClock watched) {
        ClockSource source = sources.get(matter.kind());
        if (source == null) {
            throw new IllegalStateException("No clock source for matters of kind " + matter.kind());
        }
        return source.read(matter.id(), watched);
    }
}
