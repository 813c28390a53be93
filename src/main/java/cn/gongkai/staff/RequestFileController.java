package cn.gongkai.staff;

import cn.gongkai.clock.ClockLedger;
import cn.gongkai.documents.LetterWriter;
import cn.gongkai.documents.StoredDocument;
import cn.gongkai.escalation.Matter;
import cn.gongkai.escalation.ReminderMails;
import cn.gongkai.files.Downloads;
import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.FileType;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.StoredFiles;
import cn.gongkai.files.Uploads;
import cn.gongkai.legal.EvidencePack;
import cn.gongkai.legal.LegalCases;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestLetters;
import cn.gongkai.request.RequestPapers;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.request.RequestSync;
import cn.gongkai.review.ReviewLog;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The application file for staff (申请档案): the application with contact details, its clock
 * ledger, decisions and documents, and downloads of the documents as .docx.
 */
@Controller
class RequestFileController {

    static final String VIEW_FILE = "staff/request-file";
    static final MediaType DOCX = LetterWriter.DOCX;
    static final List<FilePurpose> STAFF_PURPOSES = List.of(FilePurpose.PAPER_SCAN, FilePurpose.SUPPLEMENT, FilePurpose.SUPPORTING,
            FilePurpose.PROVIDED);

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
    private final RequestPapers papers;

    RequestFileController(StaffAuthentication authentication, RequestRepository requests,
            ClockLedger ledger, RequestSync sync, RequestLetters documents, ReviewLog reviews, ReminderMails reminders,
            LegalCases cases, EvidencePack evidence, AgencyTime clock, StoredFiles files, RequestPapers papers) {
        this.papers = papers;
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
        model.addAttribute("uploadErrors", Map.of());
        return page(r.get(), request, model);
    }

    /** Staff add papers: a scanned paper application, a supplement received on paper, other papers. */
    @PostMapping("/staff/requests/{code}/files")
    String attach(@PathVariable String code, @RequestParam(required = false) String purpose,
            @RequestParam(name = "files", required = false) List<MultipartFile> parts, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<DisclosureRequest> r = authorized(code, request, response);
        if (r.isEmpty()) {
            return "staff/denied";
        }
        StaffUser user = user(request);
        if (!user.mayAttachPapersTo(r.get().division())) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "staff/denied";
        }
        FilePurpose chosen = STAFF_PURPOSES.stream().filter(p -> p.name().equals(purpose)).findFirst().orElse(null);
        try {
            if (chosen == null) {
                throw new InvalidRequestException(List.of(new FieldProblem("purpose", "「材料类别」必须选择")));
            }
            int count = papers.attach(r.get().id(), Uploads.of("files", chosen, parts), user.id());
            return "redirect:/staff/requests/" + r.get().trackingCode() + "?attached=" + count;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
            model.addAttribute("uploadErrors", errors);
            return page(r.get(), request, model);
        }
    }

    private String page(DisclosureRequest application, HttpServletRequest request, Model model) {
        StaffUser user = user(request);
        model.addAttribute("r", application);
        model.addAttribute("deadline", sync.deadline(application.id()));
        model.addAttribute("events", ledger.events(application.id()));
        model.addAttribute("documents", documents.list(application.id()));
        model.addAttribute("files", files.list(StoredFiles.REQUEST, String.valueOf(application.id())));
        model.addAttribute("personalPapers", user.mayOpenPersonalPapersOf(application.division()));
        model.addAttribute("mayAttach", user.mayAttachPapersTo(application.division()));
        model.addAttribute("staffPurposes", STAFF_PURPOSES);
        model.addAttribute("accept", FileType.acceptAttribute());
        model.addAttribute("acceptedTypes", FileType.ACCEPTED);
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
        Optional<StoredFile> meta = files.list(StoredFiles.REQUEST, String.valueOf(r.get().id())).stream()
                .filter(f -> f.id() == fileId).findFirst();
        if (meta.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (meta.get().purpose().personal() && !user(request).mayOpenPersonalPapersOf(r.get().division())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return Downloads.attachment(meta.get(),
                files.content(StoredFiles.REQUEST, String.valueOf(r.get().id()), fileId).orElseThrow());
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
                .body(evidence.zip(r.get(), user(request).mayOpenPersonalPapersOf(r.get().division())));
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
