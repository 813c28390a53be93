package cn.gongkai.staff;

import cn.gongkai.documents.LetterWriter;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.clock.ClockLedger;
import cn.gongkai.request.RequestLetters;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.escalation.Matter;
import cn.gongkai.legal.EvidencePack;
import cn.gongkai.legal.LegalCases;
import cn.gongkai.escalation.ReminderMails;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.request.RequestSync;
import cn.gongkai.review.ReviewLog;
import cn.gongkai.system.AgencyTime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The application file for staff (申请档案): the application with contact details, its clock
 * ledger, decisions and documents, and downloads of the documents as .docx.
 */
@Controller
class RequestFileController {

    static final String VIEW_FILE = "staff/request-file";
    static final MediaType DOCX = LetterWriter.DOCX;

    private final StaffAuthentication authentication;
    private final RequestRepository requests;
    private final ClockLedger ledger;
    private final RequestSync sync;
    private final RequestLetters documents;
    private final ReviewLog reviews;
    private final ReminderMails reminders;
    private final LegalCases cases;
    private final EvidencePack evidence;
    private final AgencyTime clock;
    private final StoredFiles files;

    RequestFileController(StaffAuthentication authentication, RequestRepository requests,
            ClockLedger ledger, RequestSync sync, RequestLetters documents, ReviewLog reviews, ReminderMails reminders,
            LegalCases cases, EvidencePack evidence, AgencyTime clock, StoredFiles files) {
        this.files = files;
        this.authentication = authentication;
        this.requests = requests;
        this.ledger = ledger;
        this.sync = sync;
        this.documents = documents;
        this.reviews = reviews;
        this.reminders = reminders;
        this.cases = cases;
        this.evidence = evidence;
        this.clock = clock;
    }

    @GetMapping("/staff/requests/{code}")
    String file(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<DisclosureRequest> r = authorized(code, request, response);
        if (r.isEmpty()) {
            return "staff/denied";
        }
        DisclosureRequest application = r.get();
        model.addAttribute("r", application);
        model.addAttribute("deadline", sync.deadline(application.id()));
        model.addAttribute("events", ledger.events(application.id()));
        model.addAttribute("documents", documents.list(application.id()));
        model.addAttribute("files", files.list(StoredFiles.REQUEST, application.id()));
        model.addAttribute("personalPapers", user(request).mayOpenPersonalPapersOf(application.division()));
        model.addAttribute("reviews", application.processInstanceId() == null ? java.util.List.of()
                : reviews.entries(application.processInstanceId()));
        model.addAttribute("reminders", reminders.forMatter(Matter.request(application.trackingCode())));
        model.addAttribute("cases", cases.forRequest(application.id()));
        model.addAttribute("zone", clock.zone());
        return VIEW_FILE;
    }

    @GetMapping("/staff/requests/{code}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long documentId,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<DisclosureRequest> r = authorized(code, request, response);
        if (r.isEmpty()) {
            return ResponseEntity.status(response.getStatus()).build();
        }
        Optional<StoredDocument> meta = documents.list(r.get().id()).stream().filter(d -> d.id() == documentId).findFirst();
        Optional<byte[]> content = documents.content(r.get().id(), documentId);
        if (meta.isEmpty() || content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(meta.get().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content.get());
    }

    /**
     * A file the application brought. Personal papers (identity proof, a scanned paper application)
     * only for the handling chain ({@link StaffUser#mayOpenPersonalPapersOf}).
     */
    @GetMapping("/staff/requests/{code}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<DisclosureRequest> r = authorized(code, request, response);
        if (r.isEmpty()) {
            return ResponseEntity.status(response.getStatus()).build();
        }
        Optional<StoredFile> meta = files.list(StoredFiles.REQUEST, r.get().id()).stream().filter(f -> f.id() == fileId).findFirst();
        if (meta.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (meta.get().purpose().personal() && !user(request).mayOpenPersonalPapersOf(r.get().division())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        byte[] content = files.content(StoredFiles.REQUEST, r.get().id(), fileId).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(meta.get().type().mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(meta.get().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private StaffUser user(HttpServletRequest request) {
        return authentication.current(request).orElseThrow();
    }

    /** The evidence pack for a reconsideration or lawsuit: the handling record and every letter, zipped. */
    @GetMapping("/staff/requests/{code}/evidence.zip")
    ResponseEntity<byte[]> evidence(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<DisclosureRequest> r = authorized(code, request, response);
        if (r.isEmpty()) {
            return ResponseEntity.status(response.getStatus()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(r.get().trackingCode() + " 应诉证据材料.zip", StandardCharsets.UTF_8).build().toString())
                .body(evidence.zip(r.get()));
    }

    private Optional<DisclosureRequest> authorized(String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<DisclosureRequest> r = requests.findByTrackingCode(code);
        if (r.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return Optional.empty();
        }
        if (!user.get().mayOpenMatterOf(r.get().division())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return r;
    }
}
