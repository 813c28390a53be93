package cn.gongkai.correction;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.agency.GuideProperties;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.documents.DocumentKind;
import cn.gongkai.documents.DocumentProperties;
import cn.gongkai.documents.LetterTemplates;
import cn.gongkai.documents.LetterWriter;
import cn.gongkai.documents.OfficialLetter;
import cn.gongkai.escalation.DeadlineWatches;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.WatchedClock;
import cn.gongkai.process.Markdown;
import cn.gongkai.process.TaskForms;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.ChineseDates;
import cn.gongkai.system.Contacts;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import cn.gongkai.system.TrackingCodes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests to correct a record about the applicant (更正申请, 2019 Regs Art. 41): "有证据证明行政机关
 * 提供的与其自身相关的政府信息记录不准确的，可以要求行政机关更正". The disclosure office registers the
 * request with its evidence; a record this agency keeps goes to the division that keeps it, which
 * corrects it when the evidence holds (its head approving); a record of another agency's functions
 * is forwarded to that agency, or the applicant is told to apply there. Every way ends with a reply
 * letter, served and recorded. Not a disclosure application: not counted in the annual report's tables.
 */
@Service
public class CorrectionService {

    private static final Logger log = LoggerFactory.getLogger(CorrectionService.class);
    static final String TRACKING_PREFIX = "GZ";

    /** Who handles the request next: the groups of its tasks. */
    public record Handler(String group, String headGroup) {
    }

    private final TaskForms forms;
    private final CorrectionRepository corrections;
    private final CorrectionProperties properties;
    private final WorkingDays workingDays;
    private final AgencyProperties agency;
    private final GuideProperties guide;
    private final LetterTemplates templates;
    private final LetterWriter writer;
    private final DocumentProperties documents;
    private final AgencyTime clock;
    private final DeadlineWatches reminders;

    CorrectionService(CorrectionRepository corrections, CorrectionProperties properties, WorkingDays workingDays,
            AgencyProperties agency, GuideProperties guide, LetterTemplates templates, LetterWriter writer,
            DocumentProperties documents, AgencyTime clock, DeadlineWatches reminders, TaskForms forms) {
        this.forms = forms;
        this.corrections = corrections;
        this.properties = properties;
        this.workingDays = workingDays;
        this.agency = agency;
        this.guide = guide;
        this.templates = templates;
        this.writer = writer;
        this.documents = documents;
        this.clock = clock;
        this.reminders = reminders;
    }

    /** The request as staff registered it through the start form, with its receipt date and evidence. */
    @Transactional
    public Correction register(Map<String, ?> v, String registrar, String processInstanceId) {
        Fields in = forms.read("correction-register", v);
        String name = in.text("applicantName", true);
        String phone = in.text("contactPhone", false);
        String email = in.text("contactEmail", false);
        String address = in.text("contactAddress", false);
        if (phone != null && !Contacts.isPhone(phone)) {
            in.problem("contactPhone", "「联系电话」格式不正确，收到「" + phone + "」");
        }
        if (email != null && !Contacts.isEmail(email)) {
            in.problem("contactEmail", "「电子邮箱」格式不正确，收到「" + email + "」");
        }
        if (phone == null && email == null && address == null) {
            in.problem("contactPhone", "「联系电话」「电子邮箱」「通信地址」至少填写一项");
        }
        String channel = in.text("channel", true);
        if (channel != null && !guide.announcedChannels().contains(channel)) {
            in.problem("channel", "「收到渠道」本机关未在政府信息公开指南中公布该渠道：" + channel);
        }
        LocalDate receivedOn = in.date("receivedOn", true);
        if (receivedOn != null && receivedOn.isAfter(clock.today())) {
            in.problem("receivedOn", "「收到日期」不能晚于今天（" + clock.today() + "）");
        }
        String record = in.text("record", true);
        String correction = in.text("requestedCorrection", true);
        // Art. 41: the applicant must have evidence that the record is inaccurate
        String evidence = in.text("evidence", true);
        in.validate();
        LocalDate dueOn = dueOn(receivedOn);
        String code = TrackingCodes.next(TRACKING_PREFIX, receivedOn.getYear());
        long id = corrections.insert(code, processInstanceId, new CorrectionRequest(name, phone, email, address, channel,
                receivedOn, record, correction, evidence), dueOn, registrar, clock.now());
        log.info("CORRECTION-001 {} registered by {}, due {}", code, registrar, dueOn);
        reminders.refresh(Matter.correction(code), Set.of(WatchedClock.CORRECTION_REPLY));
        return corrections.get(id);
    }

    /** What 确定承办 (form {@code correction-route}) hands on. */
    public record Routing(CorrectionRoute route, String division, String competentAgency) {

        public static Routing read(Fields form) {
            CorrectionRoute r = form.choice("correctionRoute", CorrectionRoute.class);
            String d = form.text("division", r == CorrectionRoute.DIVISION);
            String other = form.text("competentAgency", r == CorrectionRoute.FORWARD || r == CorrectionRoute.REDIRECT);
            form.validate();
            return new Routing(r, d, other);
        }
    }

    /** What 审核证据并更正 (form {@code correction-verify}) hands on. */
    public record Verification(boolean verified, String findings) {

        public static Verification read(Fields form) {
            Boolean verified = form.bool("verified");
            String findings = form.text("findings");
            form.validate();
            return new Verification(verified, findings);
        }
    }

    /** What 送达答复书 (form {@code correction-deliver}) hands on. */
    public record Service(LocalDate servedOn, String method) {

        public static Service read(Fields form) {
            LocalDate on = form.date("servedOn");
            String how = form.text("serviceMethod");
            form.validate();
            return new Service(on, how);
        }
    }

    /** The disclosure office decides whose function the record is. */
    @Transactional
    public Handler route(long id, Routing routing) {
        Problems problems = new Problems();
        CorrectionRoute r = routing.route();
        String d = routing.division();
        String other = routing.competentAgency();
        if (r == CorrectionRoute.DIVISION && agency.division(d).isEmpty()) {
            problems.add("division", "「承办处室」取值无效「" + d + "」");
        }
        problems.throwIfAny();
        if (r == CorrectionRoute.DIVISION) {
            corrections.setRoute(id, r, d, null);
            return new Handler(AgencyGroups.staff(d), AgencyGroups.head(d));
        }
        corrections.setRoute(id, r, null, other);
        corrections.setFindings(id, r == CorrectionRoute.FORWARD ? CorrectionOutcome.FORWARDED : CorrectionOutcome.REDIRECTED,
                null);
        return new Handler(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD);
    }

    /** The division examined the evidence: corrected, or not verified, with what it found. */
    @Transactional
    public CorrectionOutcome verify(long id, Verification verification) {
        CorrectionOutcome outcome = verification.verified() ? CorrectionOutcome.CORRECTED : CorrectionOutcome.NOT_VERIFIED;
        corrections.setFindings(id, outcome, verification.findings());
        return outcome;
    }

    /** The reply letter (更正申请答复书) as .docx, kept with the request. */
    @Transactional
    public void reply(long id) {
        Correction c = corrections.get(id);
        LocalDate today = clock.today();
        Map<String, Object> v = new HashMap<>();
        v.put("receivedOn", ChineseDates.format(c.receivedOn()));
        v.put("record", c.record());
        v.put("finding", c.outcome().finding());
        v.put("competentAgency", c.competentAgency());
        v.put("findings", c.findings());
        v.put("reconsiderationBody", documents.reconsiderationBody());
        v.put("contact", documents.contact().isBlank() ? guide.officeName() + "，电话 " + guide.phone() : documents.contact());
        OfficialLetter letter = new OfficialLetter(DocumentKind.CORRECTION_REPLY.title(), "（编号：" + c.trackingCode() + "）",
                c.applicantName(), templates.paragraphs(DocumentKind.CORRECTION_REPLY, v), agency.name(), today);
        corrections.setReply(id, today, writer.write(letter));
        log.info("CORRECTION-002 {} replied: {}", c.trackingCode(), c.outcome());
        reminders.refresh(Matter.correction(c.trackingCode()), Set.of());
    }

    /** The reply was served: on which day and how. */
    @Transactional
    public void served(long id, Service service) {
        Problems problems = new Problems();
        LocalDate on = service.servedOn();
        String how = service.method();
        Correction c = corrections.get(id);
        if (on.isAfter(clock.today()) || c.repliedOn() != null && on.isBefore(c.repliedOn())) {
            problems.add("servedOn", "「送达日期」应在出具答复书之日（" + c.repliedOn() + "）与今天之间");
        }
        problems.throwIfAny();
        corrections.setServed(id, on, how);
        log.info("CORRECTION-003 {} served on {} ({})", c.trackingCode(), on, how);
    }

    public Correction get(long id) {
        return corrections.get(id);
    }

    public Optional<Correction> find(String trackingCode) {
        return corrections.findByTrackingCode(trackingCode);
    }

    public Optional<byte[]> replyLetter(String trackingCode) {
        return corrections.reply(trackingCode);
    }

    /** The markdown on every task: the request as received, shown as written. */
    public String summary(Correction c) {
        return Markdown.fit("**更正申请编号** " + c.trackingCode() + " · **收到** " + c.receivedOn() + " · **答复期限** " + c.dueOn()
                + "\n\n**申请人** " + Markdown.escape(c.applicantName())
                + "\n\n**需要更正的政府信息记录** " + Markdown.quote(c.record())
                + "\n\n**要求更正的内容** " + Markdown.quote(c.requestedCorrection())
                + "\n\n**证据** " + Markdown.quote(c.evidence())
                + "\n\n[下载答复书](/staff/corrections/" + c.trackingCode() + "/reply.docx)（出具后可下载）");
    }

    /** The day by which a request received on {@code receivedOn} is answered, counted in working days. */
    public LocalDate dueOn(LocalDate receivedOn) {
        return workingDays.dueDate(receivedOn, properties.replyWorkingDays()).dueOn();
    }

    /** The end of the day by which the request is answered. */
    public java.util.Date dueAt(Correction c) {
        return clock.endOfDay(c.dueOn());
    }
}
