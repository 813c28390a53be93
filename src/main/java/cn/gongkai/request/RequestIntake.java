package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.MESSAGE_SUBMITTED_ONLINE;
import static cn.gongkai.request.DisclosureRequestProcess.MESSAGE_SUPPLEMENT_ONLINE;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.clock.ClockEventType;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.files.Upload;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.Fields;
import cn.gongkai.system.InvalidRequestException;
import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.Problems;
import cn.gongkai.system.TrackingCodes;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How applications come in: online (stored, then handed to the process in the same transaction,
 * whose first step is asynchronous — so an application that was answered 201 is never lost),
 * registered by staff from the other channels, confirmed by the disclosure office, and
 * supplemented online.
 */
@Service
public class RequestIntake {

    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

    private final ApplicationValidator validator;
    private final RequestRepository requests;
    private final Events events;
    private final RequestSync sync;
    private final SupplementRepository supplements;
    private final RuntimeService runtime;
    private final AgencyTime clock;
    private final WorkingDays workingDays;
    private final StoredFiles files;

    RequestIntake(ApplicationValidator validator, RequestRepository requests, Events events, RequestSync sync,
            SupplementRepository supplements, RuntimeService runtime, AgencyTime clock, WorkingDays workingDays,
            StoredFiles files) {
        this.files = files;
        this.workingDays = workingDays;
        this.validator = validator;
        this.requests = requests;
        this.events = events;
        this.sync = sync;
        this.supplements = supplements;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** An application from the public portal or API. Its receipt date is fixed when the office confirms it. */
    @Transactional
    public DisclosureRequest submitOnline(Map<String, ?> body) {
        return submitOnline(body, List.of());
    }

    /**
     * An application with its papers (identity proof, supporting papers): every bad field and every
     * bad file is named at once, and the application and its files are stored together or not at all.
     */
    @Transactional
    public DisclosureRequest submitOnline(Map<String, ?> body, List<Upload> uploads) {
        Problems problems = new Problems();
        List<StoredFiles.Checked> checked = files.check(uploads, 0, problems);
        Application application = null;
        try {
            application = validator.online(body);
        } catch (InvalidRequestException e) {
            problems.addAll(e.problems());
        }
        problems.throwIfAny();
        String code = TrackingCodes.next(TrackingCodes.APPLICATION, clock.today().getYear());
        long id = requests.insert(code, application, RequestStatus.SUBMITTED, clock.now(), null);
        ProcessInstance pi = runtime.createMessageCorrelation(MESSAGE_SUBMITTED_ONLINE)
                .processInstanceBusinessKey(code)
                .setVariable(DisclosureRequestProcess.REQUEST_ID.name(), id)
                .setVariable(DisclosureRequestProcess.TRACKING_CODE.name(), code)
                .setVariable(DisclosureRequestProcess.CHANNEL.name(), Channel.ONLINE.name())
                .setVariable(DisclosureRequestProcess.APPLICANT_TYPE.name(), application.applicantType().name())
                .setVariable(DisclosureRequestProcess.APPLICANT_NAME.name(), application.applicantName())
                .setVariable(DisclosureRequestProcess.DESCRIPTION.name(), application.description())
                .setVariable(DisclosureRequestProcess.CONFIRMATION_DUE_AT.name(),
                        clock.endOfDay(workingDays.dueDate(clock.today(), 1).dueOn()))
                .correlateStartMessage();
        requests.setProcessInstance(id, pi.getId());
        files.store(StoredFiles.REQUEST, String.valueOf(id), checked, null);
        sync.sync(id);
        log.info("REQUEST-001 {} submitted online with {} file(s)", code, checked.size());
        return requests.get(id);
    }

    /**
     * An application received in person, by post, fax or e-mail and registered by staff in
     * Tasklist, with the receipt date the channel's rule gives (Art. 31).
     */
    @Transactional
    public DisclosureRequest register(Map<String, ?> variables, String registrar, String processInstanceId) {
        Application application = validator.registered(variables);
        String code = TrackingCodes.next(TrackingCodes.APPLICATION, application.receivedOn().getYear());
        long id = requests.insert(code, application, RequestStatus.IN_PROGRESS, clock.now(), registrar);
        requests.setProcessInstance(id, processInstanceId);
        requests.setReceivedOn(id, application.receivedOn());
        DisclosureRequest r = requests.get(id);
        events.record(r, ClockEventType.RECEIVED, application.receivedOn(), registrar,
                application.channel().label() + "，" + application.channel().receiptRule(), null, null);
        sync.sync(id);
        log.info("REQUEST-002 {} registered by {} ({})", code, registrar, application.channel());
        return requests.get(id);
    }

    /** What 确认收到网上申请 (form {@code request-confirm}) hands on. */
    public record Confirmation(boolean confirmed, String note) {

        public static Confirmation read(Fields form) {
            Boolean confirmed = form.bool("confirmed");
            String note = form.text("confirmationNote");
            form.validate();
            return new Confirmation(confirmed, note);
        }
    }

    /** The disclosure office confirms an online application: today is its receipt date (Art. 31). */
    @Transactional
    public boolean confirm(long requestId, Confirmation confirmation, String actor) {
        boolean ok = confirmation.confirmed();
        DisclosureRequest r = requests.get(requestId);
        if (ok) {
            requests.setReceivedOn(requestId, clock.today());
            requests.setStatus(requestId, RequestStatus.IN_PROGRESS);
            events.record(r, ClockEventType.RECEIVED, clock.today(), actor,
                    Channel.ONLINE.label() + "，" + Channel.ONLINE.receiptRule(), null, null);
        } else {
            String reason = confirmation.note();
            if (reason == null) {
                throw new InvalidRequestException(List.of(new FieldProblem("confirmationNote", "「说明」不予受理时必须填写理由")));
            }
            requests.setStatus(requestId, RequestStatus.NOT_ACCEPTED);
            log.info("REQUEST-003 {} not accepted by {}: {}", r.trackingCode(), actor, reason);
        }
        sync.sync(requestId);
        return ok;
    }

    /** A supplement (补正材料) sent online through the tracking code: recorded, then the process is told. */
    @Transactional
    public DisclosureRequest submitSupplementOnline(String trackingCode, Map<String, ?> body) {
        return submitSupplementOnline(trackingCode, body, List.of());
    }

    /** A supplement sent online with its files: both are kept, or neither. */
    @Transactional
    public DisclosureRequest submitSupplementOnline(String trackingCode, Map<String, ?> body, List<Upload> uploads) {
        DisclosureRequest r = requests.findByTrackingCode(trackingCode)
                .orElseThrow(() -> new NotFoundException("没有查询码为「" + trackingCode + "」的申请"));
        if (r.status() != RequestStatus.AWAITING_SUPPLEMENT) {
            throw new ConflictException("该申请当前不需要补正（状态：" + r.status().label() + "）");
        }
        Fields in = new Fields(body, clock.zone());
        String content = in.text("content", "补正内容", 4000, true);
        Problems problems = new Problems();
        List<StoredFiles.Checked> checked = files.check(uploads, files.totalSize(StoredFiles.REQUEST, String.valueOf(r.id())), problems);
        if (in.hasProblems()) {
            try {
                in.validate();
            } catch (InvalidRequestException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        supplements.insert(r.id(), clock.today(), content, "ONLINE", null, clock.now());
        files.store(StoredFiles.REQUEST, String.valueOf(r.id()), checked, null);
        events.record(r, ClockEventType.SUPPLEMENT_RECEIVED, clock.today(), null, "网上提交补正材料", null, null);
        requests.setStatus(r.id(), RequestStatus.IN_PROGRESS);
        runtime.createMessageCorrelation(MESSAGE_SUPPLEMENT_ONLINE).processInstanceBusinessKey(r.trackingCode()).correlate();
        sync.sync(r.id());
        log.info("REQUEST-004 {} supplement received online", r.trackingCode());
        return requests.get(r.id());
    }
}
