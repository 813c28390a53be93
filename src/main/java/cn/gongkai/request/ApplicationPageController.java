package cn.gongkai.request;

import cn.gongkai.files.FileProperties;
import cn.gongkai.files.FilePurpose;
import cn.gongkai.files.FileType;
import cn.gongkai.files.StoredFile;
import cn.gongkai.files.Upload;
import cn.gongkai.files.Uploads;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.FormValues;
import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public application form (申请公开政府信息) and the tracking pages (申请查询), plain HTML forms
 * that work without JavaScript.
 */
@Controller
class ApplicationPageController {

    static final String VIEW_APPLY = "request/apply";
    static final String VIEW_LOOKUP = "request/lookup";
    static final String VIEW_TRACK = "request/track";
    static final String VIEW_FILES = "request/files";
    static final List<String> FIELDS = List.of("applicantType", "applicantName", "idType", "idNumber", "contactPhone",
            "contactEmail", "contactAddress", "description", "documentNumber", "deliveryForm", "deliveryMethod");

    private final RequestIntake intake;
    private final RequestTracking tracking;
    private final FileProperties files;
    private final ProvidedInformation provided;

    ApplicationPageController(RequestIntake intake, RequestTracking tracking, FileProperties files,
            ProvidedInformation provided) {
        this.provided = provided;
        this.intake = intake;
        this.tracking = tracking;
        this.files = files;
    }

    @GetMapping("/apply")
    String initApplicationForm(Model model) {
        return applyForm(model, Map.of(), List.of());
    }

    @PostMapping("/apply")
    String processApplicationForm(@RequestParam Map<String, String> form,
            @RequestParam(name = "identityProof", required = false) List<MultipartFile> identityProof,
            @RequestParam(name = "papers", required = false) List<MultipartFile> papers,
            Model model, HttpServletResponse response) {
        Map<String, Object> values = FormValues.filled(form, FIELDS);
        List<Upload> uploads = new ArrayList<>(Uploads.of("identityProof", FilePurpose.IDENTITY_PROOF, identityProof));
        uploads.addAll(Uploads.of("papers", FilePurpose.SUPPORTING, papers));
        try {
            DisclosureRequest r = intake.submitOnline(values, uploads);
            return "redirect:/track/" + r.trackingCode() + "?submitted";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return applyForm(model, form, e.problems());
        }
    }

    private String applyForm(Model model, Map<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("values", values);
        // one line per message in the summary: a rule about two fields is said once, linked to the first
        Map<String, FieldProblem> summary = new LinkedHashMap<>();
        problems.forEach(p -> summary.putIfAbsent(p.message(), p));
        model.addAttribute("problems", List.copyOf(summary.values()));
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a));
        model.addAttribute("errors", errors);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("deliveryForms", DeliveryForm.values());
        model.addAttribute("deliveryMethods", DeliveryMethod.values());
        fileLimits(model);
        return VIEW_APPLY;
    }

    @GetMapping("/track")
    String initLookup(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            return VIEW_LOOKUP;
        }
        String normalized = RequestTracking.normalize(code);
        if (normalized != null && tracking.find(normalized).isPresent()) {
            return "redirect:/track/" + normalized;
        }
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("code", code);
        model.addAttribute("notFound", true);
        return VIEW_LOOKUP;
    }

    @GetMapping("/track/{code}")
    String track(@PathVariable String code, @RequestParam Map<String, String> flags, Model model,
            HttpServletResponse response) {
        Optional<TrackingView> view = tracking.find(code);
        if (view.isEmpty()) {
            return notFound(code, model, response);
        }
        model.addAttribute("view", view.get());
        model.addAttribute("submitted", flags.containsKey("submitted"));
        model.addAttribute("supplemented", flags.containsKey("supplemented"));
        model.addAttribute("linkSent", flags.containsKey("linkSent"));
        model.addAttribute("errors", Map.of());
        fileLimits(model);
        return VIEW_TRACK;
    }

    /** The applicant asks for the link to the provided information, mailed to the address given when applying. */
    @PostMapping("/track/{code}/files/link")
    String sendLink(@PathVariable String code, Model model, HttpServletResponse response) {
        String normalized = RequestTracking.normalize(code);
        Optional<TrackingView> view = normalized == null ? Optional.empty() : tracking.find(normalized);
        if (view.isEmpty()) {
            return notFound(code, model, response);
        }
        try {
            provided.sendLink(normalized);
            return "redirect:/track/" + normalized + "?linkSent";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("linkError", e.getMessage());
        } catch (MailException e) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("linkError", "邮件暂时无法发送，请稍后再试");
        }
        model.addAttribute("view", view.get());
        model.addAttribute("submitted", false);
        model.addAttribute("supplemented", false);
        model.addAttribute("linkSent", false);
        model.addAttribute("errors", Map.of());
        fileLimits(model);
        return VIEW_TRACK;
    }

    /** The provided information, for the holder of a valid link. */
    @GetMapping("/track/{code}/files")
    String providedFiles(@PathVariable String code, @RequestParam(required = false) String token, Model model,
            HttpServletResponse response) {
        Optional<List<StoredFile>> files = provided.open(code, token);
        model.addAttribute("code", code);
        model.addAttribute("token", token);
        if (files.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("files", List.of());
            model.addAttribute("invalid", true);
            return VIEW_FILES;
        }
        model.addAttribute("files", files.get());
        model.addAttribute("invalid", false);
        return VIEW_FILES;
    }

    @GetMapping("/track/{code}/files/{fileId}")
    ResponseEntity<byte[]> providedFile(@PathVariable String code, @PathVariable long fileId,
            @RequestParam(required = false) String token) {
        return provided.download(code, token, fileId).orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).build());
    }

    @PostMapping("/track/{code}/supplement")
    String supplement(@PathVariable String code, @RequestParam(required = false) String content,
            @RequestParam(name = "supplementFiles", required = false) List<MultipartFile> supplementFiles, Model model,
            HttpServletResponse response) {
        String normalized = RequestTracking.normalize(code);
        Optional<TrackingView> view = normalized == null ? Optional.empty() : tracking.find(normalized);
        if (view.isEmpty()) {
            return notFound(code, model, response);
        }
        try {
            intake.submitSupplementOnline(normalized, content == null ? Map.of() : Map.of("content", content),
                    Uploads.of("supplementFiles", FilePurpose.SUPPLEMENT, supplementFiles));
            return "redirect:/track/" + normalized + "?supplemented";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a));
            model.addAttribute("errors", errors);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errors", Map.of("content", e.getMessage()));
        }
        model.addAttribute("view", tracking.view(normalized));
        model.addAttribute("content", content);
        model.addAttribute("submitted", false);
        model.addAttribute("supplemented", false);
        fileLimits(model);
        return VIEW_TRACK;
    }

    private static String notFound(String code, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("code", code);
        model.addAttribute("notFound", true);
        return VIEW_LOOKUP;
    }

    /** What the upload fields say may be uploaded. */
    private void fileLimits(Model model) {
        Object view = model.getAttribute("view");
        model.addAttribute("offer", view instanceof TrackingView v ? provided.offer(v.trackingCode()).orElse(null) : null);
        model.addAttribute("accept", FileType.acceptAttribute());
        model.addAttribute("acceptedTypes", FileType.ACCEPTED);
        model.addAttribute("maxFileSize", files.maxFileSize().toMegabytes() + " MB");
        model.addAttribute("maxMatterSize", files.maxMatterSize().toMegabytes() + " MB");
    }
}
