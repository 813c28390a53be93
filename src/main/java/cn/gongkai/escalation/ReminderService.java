package cn.gongkai.escalation;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.system.AgencyTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans and sends the rungs of one watched clock: reads the clock from its source, asks the
 * {@link ReminderPlanner} what comes next and, when a rung's time has come, names the people it
 * tells and mails each of them — once, as the mail log records.
 */
@Service
public class ReminderService {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final Map<String, DeadlineSource> sources;
    private final EscalationProperties properties;
    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final Recipients recipients;
    private final ReminderMailer mailer;
    private final ReminderMails mails;
    /** Each mail of a rung is recorded and sent in a transaction of its own (see {@link #sendRung}). */
    private final TransactionTemplate eachMail;

    ReminderService(List<DeadlineSource> sources, EscalationProperties properties, WorkingDays workingDays,
            AgencyTime clock, Recipients recipients, ReminderMailer mailer, ReminderMails mails,
            PlatformTransactionManager transactionManager) {
        this.sources = sources.stream().collect(Collectors.toMap(DeadlineSource::kind, Function.identity()));
        this.properties = properties;
        this.workingDays = workingDays;
        this.clock = clock;
        this.recipients = recipients;
        this.mailer = mailer;
        this.mails = mails;
        this.eachMail = new TransactionTemplate(transactionManager);
        this.eachMail.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What the watch does next, given the send time of the last rung it handled (null: none yet). */
    public ReminderPlan plan(Matter matter, WatchedClock watched, Instant lastHandledAt) {
        DeadlineReading reading = read(matter, watched);
        return switch (reading.phase()) {
            case ENDED -> ReminderPlan.stop(reading);
            case WAITING -> ReminderPlan.waiting(reading);
            case RUNNING -> next(reading, watched, lastHandledAt).map(o -> ReminderPlan.send(o, reading))
                    .orElseGet(() -> ReminderPlan.waiting(reading));
        };
    }

    /**
     * The rung's time has come: if the clock still stands where the plan found it, every person the
     * rung tells gets their mail, each recorded and sent in a transaction of its own, so that a mail
     * the SMTP server accepted stays recorded whatever happens to the caller's (the job's)
     * transaction, and is never sent again. If some mails fail, the others still go out and the
     * failure is thrown afterwards: the job's retry sends what is missing.
     *
     * @return the people the rung tells, or empty when the clock moved meanwhile (nothing is sent;
     *         the watch plans again)
     */
    public Optional<List<String>> sendRung(Matter matter, WatchedClock watched, int rungOffset, LocalDate occurrenceOn,
            LocalDate dueOn) {
        Optional<Step> due = stillDue(matter, watched, rungOffset, occurrenceOn, dueOn);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Step step = due.get();
        List<Recipient> people = tell(matter, watched, step);
        RuntimeException failed = null;
        List<String> unsent = new ArrayList<>();
        for (Recipient person : people) {
            try {
                eachMail.executeWithoutResult(tx -> send(matter, watched, step, person));
            } catch (RuntimeException e) {
                log.warn("REMINDER-008 {} {}: rung {} of {} to {} failed: {}", matter, watched, rungOffset, occurrenceOn,
                        person.userId(), e.getMessage());
                unsent.add(person.userId());
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw new MailSendException(failed.getMessage() + " (not sent to " + String.join(", ", unsent) + ")", failed);
        }
        return Optional.of(people.stream().map(Recipient::userId).toList());
    }

    /**
     * Who a rung tells, if the clock still stands where the plan found it; empty when it moved
     * meanwhile (the watch then plans again). For watches of process version 1.0, which send in a
     * job per person.
     */
    public Optional<List<String>> recipients(Matter matter, WatchedClock watched, int rungOffset, LocalDate occurrenceOn,
            LocalDate dueOn) {
        return stillDue(matter, watched, rungOffset, occurrenceOn, dueOn)
                .map(step -> tell(matter, watched, step).stream().map(Recipient::userId).toList());
    }

    /** The people a rung that is still due tells, as the log records them. */
    private List<Recipient> tell(Matter matter, WatchedClock watched, Step step) {
        Occurrence occurrence = step.occurrence();
        List<Recipient> people = recipients.resolve(occurrence.rung().roles(), step.reading());
        if (people.isEmpty()) {
            log.warn("REMINDER-004 {} {}: nobody to tell for rung {} ({})", matter, watched, occurrence.rung().offset(),
                    occurrence.rung().roles());
        }
        log.info("REMINDER-005 {} {} due {}: rung {} of {} goes to {}", matter, watched, occurrence.dueOn(),
                occurrence.rung().offset(), occurrence.on(), people.stream().map(Recipient::userId).toList());
        return people;
    }

    /**
     * Sends one person their mail of a rung, unless the mail log has it already or the clock moved.
     * The mail is recorded first, in the caller's (the job's) transaction: a refused or unreachable
     * SMTP server throws, the record is rolled back with the job and the retry sends it. For watches
     * of process version 1.0, which send in a job per person.
     *
     * @return whether a mail went out
     */
    public boolean sendTo(Matter matter, WatchedClock watched, int rungOffset, LocalDate occurrenceOn, LocalDate dueOn,
            String userId) {
        Optional<Step> step = stillDue(matter, watched, rungOffset, occurrenceOn, dueOn);
        Optional<Recipient> person = step.flatMap(s -> recipients.resolve(s.occurrence().rung().roles(), s.reading())
                .stream().filter(r -> r.userId().equals(userId)).findFirst());
        if (person.isEmpty()) {
            log.info("REMINDER-003 {} {}: rung {} of {} is no longer for {}; not sent", matter, watched, rungOffset,
                    occurrenceOn, userId);
            return false;
        }
        return send(matter, watched, step.get(), person.get());
    }

    /** Records and sends one person's mail of a rung in the caller's transaction; false if recorded before. */
    private boolean send(Matter matter, WatchedClock watched, Step step, Recipient to) {
        ReminderMailer.Composed mail = mailer.compose(watched, step.occurrence(), step.reading(), to);
        if (to.email() == null) {
            mails.record(matter, watched, step.occurrence(), to, mail.subject(), ReminderMail.Status.NO_ADDRESS, clock.now());
            log.warn("REMINDER-006 {} has no e-mail address; {} {} not sent to them", to.userId(), matter, watched);
            return false;
        }
        if (!mails.record(matter, watched, step.occurrence(), to, mail.subject(), ReminderMail.Status.SENT, clock.now())) {
            log.info("REMINDER-007 {} {}: rung {} of {} was sent to {} before", matter, watched, step.occurrence().rung().offset(),
                    step.occurrence().on(), to.userId());
            return false;
        }
        mailer.send(to, mail);
        return true;
    }

    /** A rung that is still due, with the clock reading it is due for. */
    private record Step(Occurrence occurrence, DeadlineReading reading) {
    }

    private Optional<Step> stillDue(Matter matter, WatchedClock watched, int rungOffset, LocalDate occurrenceOn,
            LocalDate dueOn) {
        DeadlineReading reading = read(matter, watched);
        Optional<Rung> rung = properties.ladder(watched).stream().filter(r -> r.offset() == rungOffset).findFirst();
        if (reading.phase() != DeadlineReading.Phase.RUNNING || !dueOn.equals(reading.dueOn()) || rung.isEmpty()) {
            log.info("REMINDER-003 {} {}: the clock moved ({} {}); rung {} of {} not sent", matter, watched,
                    reading.phase(), reading.dueOn(), rungOffset, occurrenceOn);
            return Optional.empty();
        }
        Instant at = occurrenceOn.atTime(properties.sendAt()).atZone(clock.zone()).toInstant();
        return Optional.of(new Step(new Occurrence(rung.get(), occurrenceOn, at, dueOn), reading));
    }

    private Optional<Occurrence> next(DeadlineReading reading, WatchedClock watched, Instant lastHandledAt) {
        return ReminderPlanner.next(reading.dueOn(), properties.ladder(watched), lastHandledAt, clock.now(),
                workingDays.calendar(), clock.zone(), properties.sendAt());
    }

    private DeadlineReading read(Matter matter, WatchedClock watched) {
        DeadlineSource source = sources.get(matter.kind());
        if (source == null) {
            throw new IllegalStateException("No clock source for matters of kind " + matter.kind());
        }
        return source.read(matter.id(), watched);
    }
}
