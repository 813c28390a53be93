package cn.gongkai.consultation;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.Markdown;
import cn.gongkai.process.TaskForms;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Contacts;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import cn.gongkai.system.TrackingCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations (咨询): received online or through the director's mailbox (by the public) or
 * registered by staff (letters, calls, visits), routed to whoever answers, answered, reviewed and
 * sent. Each gets an answer deadline in working days, watched by the escalation e-mails.
 */
@Service
public class ConsultationService {

    private static final Logger log = LoggerFactory.getLogger(ConsultationService.class);

    static final int MAX_NAME = 100;
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 4000;
    static final List<String> PUBLIC_FIELDS = List.of("channel", "name", "contactEmail", "contactPhone", "subject",
            "question");

    private final TaskForms forms;
    private final ConsultationRepository consultations;
    private final ConsultationProperties properties;
    private final WorkingDays workingDays;
    private final AgencyTime clock;
    private final AgencyProperties agency;
    private final RuntimeService runtime;
    private final DeadlineWatches reminders;

    ConsultationService(ConsultationRepository consultations, ConsultationProperties properties, WorkingDays workingDays,
            AgencyTime clock, AgencyProperties agency, RuntimeService runtime, DeadlineWatches reminders, TaskForms forms) {
        this.forms = forms;
        this.consultations = consultations;
        this.properties = properties;
        this.workingDays = workingDays;
        this.clock = clock;
        this.agency = agency;
        this.runtime = runtime;
        this.reminders = reminders;
    }

    /** A question from the public (portal or API): received today, its process started. */
    @Transactional
    public Consultation submit(Map<String, ?> body) {
        Fields in = new Fields(body, clock.zone());
        for (String key : body.keySet()) {
            if (!PUBLIC_FIELDS.contains(key)) {
                in.problem(key, "不支持的字段");
            }
        }
        ConsultationChannel channel = in.choice("channel", "咨询渠道", ConsultationChannel.class, true);
        if (channel != null && !channel.online()) {
            in.problem("channel", "「咨询渠道」应为 ONLINE（网上咨询）或 MAILBOX（主任信箱）");
        }
        Asker asker = asker(body, "name", true, in);
        in.validate();
        LocalDate today = clock.today();
        Consultation c = store(channel, asker, today, null);
        ProcessInstance pi = runtime.createMessageCorrelation(ConsultationProcess.MESSAGE_SUBMITTED)
                .processInstanceBusinessKey(c.trackingCode())
                .setVariables(variables(c))
                .correlateStartMessage();
        consultations.setProcessInstance(c.id(), pi.getId());
        watch(c);
        log.info("CONSULT-001 {} received ({})", c.trackingCode(), channel);
        return consultations.get(c.id());
    }

    /** A letter, call or visit registered by staff in Tasklist, with the day it was received. */
    @Transactional
    public Consultation register(Map<String, ?> values, String registrar, String processInstanceId) {
        Fields in = forms.read("consultation-register", values);
        ConsultationChannel channel = in.choice("channel", ConsultationChannel.class, true);
        LocalDate receivedOn = in.date("receivedOn", true);
        if (receivedOn != null && receivedOn.isAfter(clock.today())) {
            in.problem("receivedOn", "「收到日期」不能晚于今天（" + clock.today() + "）");
        }
        // a letter or a visit may leave no phone or e-mail: the answer then goes back the way it came
        Asker asker = asker(values, "askerName", false, in);
        in.validate();
        Consultation c = store(channel, asker, receivedOn, registrar);
        consultations.setProcessInstance(c.id(), processInstanceId);
        watch(c);
        log.info("CONSULT-002 {} registered by {} ({})", c.trackingCode(), registrar, channel);
        return consultations.get(c.id());
    }

    /** The disclosure office decides who answers: itself or a division. */
    @Transactional
    public Route route(long id, String answerBy) {
        String by = answerBy == null ? "" : answerBy.strip();
        if (ConsultationProcess.OFFICE.equals(by)) {
            consultations.setDivision(id, null);
            return new Route(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD);
        }
        if (agency.divisions().stream().noneMatch(d -> d.code().equals(by))) {
            Problems.reject("answerBy", "「答复单位」须选择本办或一个处室");
        }
        consultations.setDivision(id, by);
        watch(consultations.get(id));
        return new Route(AgencyGroups.staff(by), AgencyGroups.head(by));
    }

    /** Who answers and who reviews the answer. */
    public record Route(String answerGroup, String reviewGroup) {
    }

    /** What 答复咨询 (form {@code consultation-answer}) hands on. */
    public record Answer(String answer, boolean publishAsQa) {

        public static Answer read(Fields form) {
            String text = form.text("answer");
            Boolean qa = form.bool("publishAsQa");
            form.validate();
            return new Answer(text, Boolean.TRUE.equals(qa));
        }
    }

    /** The answer as drafted; it reaches the asker only when sent after review. */
    @Transactional
    public void draftAnswer(long id, Answer answer) {
        consultations.setDraftAnswer(id, answer.answer(), answer.publishAsQa());
    }

    public Consultation get(long id) {
        return consultations.get(id);
    }

    /** The reviewed answer is published: on the tracking page at once (the e-mail follows on its own). */
    @Transactional
    public Consultation answered(long id, String answeredBy) {
        consultations.setAnswered(id, clock.today(), answeredBy);
        Consultation c = consultations.get(id);
        watch(c);
        log.info("CONSULT-003 {} answered", c.trackingCode());
        return c;
    }

    /** The answer mail can never be delivered; the answer stays published. */
    @Transactional
    public void mailFailed(long id, String problem) {
        consultations.setAnswerMailProblem(id, problem);
        log.warn("CONSULT-005 {} answer mail undeliverable: {}", consultations.get(id).trackingCode(), problem);
    }

    /** How the disclosure office delivered an answer whose mail could not be. */
    @Transactional
    public void deliveredOtherwise(long id, String how, String by) {
        consultations.setDeliveredOtherwise(id, how + "（" + by + "）");
        log.info("CONSULT-006 {} answer delivered otherwise by {}", consultations.get(id).trackingCode(), by);
    }

    /** The deadline for an answer, counted from receipt. */
    public LocalDate dueOn(LocalDate receivedOn) {
        return workingDays.dueDate(receivedOn, properties.answerWorkingDays()).dueOn();
    }

    Map<String, Object> variables(Consultation c) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put(ConsultationProcess.CONSULTATION_ID.name(), c.id());
        v.put(ConsultationProcess.TRACKING_CODE.name(), c.trackingCode());
        v.put(ConsultationProcess.CHANNEL.name(), c.channel().name());
        v.put(ConsultationProcess.SUBJECT.name(), c.subject());
        v.put(ConsultationProcess.QUESTION.name(), c.question());
        v.put(ConsultationProcess.ASKER_NAME.name(), c.askerName());
        v.put(ConsultationProcess.RECEIVED_ON.name(), c.receivedOn().toString());
        v.put(ConsultationProcess.ANSWER_DUE_ON.name(), c.dueOn().toString());
        v.put(ConsultationProcess.ANSWER_DUE_AT.name(), clock.endOfDay(c.dueOn()));
        v.put(ConsultationProcess.SUMMARY.name(), summary(c));
        return v;
    }

    /** The markdown on every task of the consultation: what the asker wrote is shown as written, never as markup. */
    static String summary(Consultation c) {
        return Markdown.fit("**咨询编号** " + c.trackingCode() + " · **渠道** " + c.channel().label() + " · **收到** "
                + c.receivedOn() + " · **答复期限** " + c.dueOn() + "\n\n**咨询人** " + Markdown.escape(c.askerName())
                + (c.contactEmail() == null ? "" : " · 邮箱 " + Markdown.escape(c.contactEmail()))
                + (c.contactPhone() == null ? "" : " · 电话 " + Markdown.escape(c.contactPhone()))
                + "\n\n**主题** " + Markdown.escape(c.subject()) + "\n\n**问题** " + Markdown.quote(c.question()));
    }

    private Consultation store(ConsultationChannel channel, Asker asker, LocalDate receivedOn, String registrar) {
        String code = TrackingCodes.next(TrackingCodes.CONSULTATION, receivedOn.getYear());
        long id = consultations.insert(code, channel, asker.name(), asker.email(), asker.phone(), asker.subject(),
                asker.question(), receivedOn, dueOn(receivedOn), clock.now(), registrar);
        return consultations.get(id);
    }

    private void watch(Consultation c) {
        reminders.refresh(Matter.consultation(c.trackingCode()),
                c.status() == ConsultationStatus.RECEIVED ? Set.of(WatchedClock.CONSULTATION_ANSWER) : Set.of());
    }

    private record Asker(String name, String email, String phone, String subject, String question) {
    }

    private static Asker asker(Map<String, ?> values, String nameField, boolean contactRequired, Fields in) {
        String name = in.text(nameField, "咨询人姓名或名称", MAX_NAME, true);
        String email = in.text("contactEmail", "电子邮箱", 200, false);
        String phone = in.text("contactPhone", "联系电话", 30, false);
        if (email != null && !Contacts.isEmail(email)) {
            in.problem("contactEmail", "「电子邮箱」格式不正确，收到「" + email + "」");
        }
        if (phone != null && !Contacts.isPhone(phone)) {
            in.problem("contactPhone", "「联系电话」格式不正确，收到「" + phone + "」");
        }
        if (contactRequired && blank(values.get("contactEmail")) && blank(values.get("contactPhone"))) {
            in.problem("contactEmail", "「联系电话」和「电子邮箱」至少填写一项");
        }
        String subject = in.text("subject", "咨询主题", MAX_SUBJECT, true);
        String question = in.text("question", "咨询内容", MAX_TEXT, true);
        return new Asker(name, email, phone, subject, question);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
