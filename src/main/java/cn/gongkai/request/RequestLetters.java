package cn.gongkai.request;

import static cn.gongkai.system.ChineseDates.DATE;

import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.documents.DocumentKind;
import cn.gongkai.documents.DocumentProperties;
import cn.gongkai.documents.DocumentRepository;
import cn.gongkai.documents.LetterTemplates;
import cn.gongkai.documents.LetterWriter;
import cn.gongkai.documents.OfficialLetter;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.fee.FeeQuote;
import cn.gongkai.system.AgencyTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Generates an application's letters as .docx — 补正告知书, 延期答复告知书, 征求意见书, 收费通知书 and the
 * 答复书 — and keeps every one with the application.
 */
@Service
public class RequestLetters {


    private final LetterTemplates templates;
    private final LetterWriter writer;
    private final DocumentRepository repository;
    private final AgencyProperties agency;
    private final DocumentProperties properties;
    private final AgencyTime clock;

    RequestLetters(LetterTemplates templates, LetterWriter writer, DocumentRepository repository,
            AgencyProperties agency, DocumentProperties properties, AgencyTime clock) {
        this.templates = templates;
        this.writer = writer;
        this.repository = repository;
        this.agency = agency;
        this.properties = properties;
        this.clock = clock;
    }

    public StoredDocument supplementNotice(DisclosureRequest r, String items, int workingDays, LocalDate dueOn,
            String createdBy) {
        Map<String, Object> v = base(r);
        v.put("supplementItems", items);
        v.put("supplementWorkingDays", workingDays);
        v.put("supplementDueOn", dueOn.format(DATE));
        return store(r, DocumentKind.SUPPLEMENT_NOTICE, r.applicantName(), v, createdBy);
    }

    public StoredDocument extensionNotice(DisclosureRequest r, int workingDays, String reason, LocalDate newDueOn,
            String createdBy) {
        return extensionNotice(r, workingDays, reason, newDueOn, createdBy, false);
    }

    /** The 延期答复告知书: an extension (Art. 33), or with {@code delay} a delayed reply period (Art. 35). */
    public StoredDocument extensionNotice(DisclosureRequest r, int workingDays, String reason, LocalDate newDueOn,
            String createdBy, boolean delay) {
        Map<String, Object> v = base(r);
        v.put("delay", delay);
        v.put("extensionWorkingDays", workingDays);
        v.put("extensionReason", reason);
        v.put("newDueOn", newDueOn.format(DATE));
        return store(r, DocumentKind.EXTENSION_NOTICE, r.applicantName(), v, createdBy);
    }

    public StoredDocument consultationLetter(DisclosureRequest r, OpinionParty kind, String party, String matters,
            String createdBy) {
        Map<String, Object> v = base(r);
        v.put("kind", kind.name());
        v.put("matters", matters);
        return store(r, DocumentKind.CONSULTATION_LETTER, party, v, createdBy);
    }

    public StoredDocument feeNotice(DisclosureRequest r, FeeQuote quote, String createdBy) {
        Map<String, Object> v = base(r);
        v.put("feeCalculation", String.join("\n", quote.explanation()));
        v.put("feeAmount", quote.amountYuan());
        v.put("paymentInstructions", properties.feePaymentInstructions());
        return store(r, DocumentKind.FEE_NOTICE, r.applicantName(), v, createdBy);
    }

    /** The reply (答复书) for the outcome, with its legal basis and the remedy notice. */
    public StoredDocument reply(DisclosureRequest r, Outcome outcome, String legalBasis, String reasons,
            String provisionForm, String provisionMethod, String referralAgency, LocalDate supplementRequestedOn,
            String createdBy) {
        Map<String, Object> v = base(r);
        v.put("outcome", outcome.name());
        v.put("legalBasis", legalBasis);
        v.put("reasons", blankToNull(reasons));
        v.put("reasonsLabel", outcome.releasesInformation() && outcome != Outcome.PARTIALLY_DISCLOSED ? "说明：" : "理由：");
        v.put("provisionForm", provisionForm == null ? "适当" : provisionForm);
        v.put("provisionMethod", provisionMethod == null ? "适当" : provisionMethod);
        v.put("referralAgency", blankToNull(referralAgency));
        v.put("supplementRequestedOn", supplementRequestedOn == null ? "" : supplementRequestedOn.format(DATE));
        v.put("reconsiderationBody", properties.reconsiderationBody());
        return store(r, DocumentKind.REPLY, r.applicantName(), v, createdBy);
    }

    public List<StoredDocument> list(long requestId) {
        return repository.list(requestId);
    }

    public Optional<byte[]> content(long requestId, long documentId) {
        return repository.content(requestId, documentId);
    }

    private Map<String, Object> base(DisclosureRequest r) {
        Map<String, Object> v = new HashMap<>();
        v.put("trackingCode", r.trackingCode());
        v.put("receivedOn", r.receivedOn() == null ? "" : r.receivedOn().format(DATE));
        v.put("description", r.description());
        v.put("contact", properties.contact().isBlank() ? agency.name() + "政府信息公开办公室" : properties.contact());
        return v;
    }

    private StoredDocument store(DisclosureRequest r, DocumentKind kind, String addressee, Map<String, Object> values,
            String createdBy) {
        LocalDate today = clock.today();
        OfficialLetter letter = new OfficialLetter(kind.title(), "（申请编号：" + r.trackingCode() + "）", addressee,
                templates.paragraphs(kind, values), agency.name(), today);
        byte[] content = writer.write(letter);
        String fileName = kind.title() + "-" + r.trackingCode() + "-" + today + ".docx";
        return repository.insert(r.id(), kind, kind.title(), fileName, content, createdBy, clock.now());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
