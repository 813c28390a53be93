package cn.gongkai.consultation;

import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.FormValues;
import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public consultation pages: ask (/consult), follow a question and read its answer
 * (/consult/{code}), and the questions and answers the agency published (/consultations).
 */
@Controller
class ConsultationPageController {

    static final List<String> FIELDS = List.of("channel", "name", "contactEmail", "contactPhone", "subject", "question");

    private final ConsultationService service;
    private final ConsultationRepository consultations;
    private final ConsultationProperties properties;

    ConsultationPageController(ConsultationService service, ConsultationRepository consultations,
            ConsultationProperties properties) {
        this.service = service;
        this.consultations = consultations;
        this.properties = properties;
    }

    @GetMapping("/consult")
    String form(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        if (code != null && !code.isBlank()) {
            Optional<Consultation> c = ConsultationApiController.find(consultations, code);
            if (c.isPresent()) {
                return "redirect:/consult/" + c.get().trackingCode();
            }
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", code);
        }
        return form(model, Map.of("channel", "ONLINE"), List.of());
    }

    @PostMapping("/consult")
    String submit(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Map<String, Object> values = FormValues.filled(form, FIELDS);
        try {
            Consultation c = service.submit(values);
            return "redirect:/consult/" + c.trackingCode() + "?submitted";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, e.problems());
        }
    }

    @GetMapping("/consult/{code}")
    String track(@PathVariable String code, @RequestParam Map<String, String> flags, Model model,
            HttpServletResponse response) {
        Optional<Consultation> c = ConsultationApiController.find(consultations, code);
        if (c.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("notFound", code);
            return form(model, Map.of("channel", "ONLINE"), List.of());
        }
        model.addAttribute("c", ConsultationApiController.ConsultationView.of(c.get()));
        model.addAttribute("submitted", flags.containsKey("submitted"));
        return "consultation/track";
    }

    @GetMapping("/consultations")
    String published(Model model) {
        model.addAttribute("answers", consultations.published(100));
        return "consultation/published";
    }

    private String form(Model model, Map<String, String> values, List<FieldProblem> problems) {
        model.addAttribute("values", values);
        Map<String, FieldProblem> summary = new LinkedHashMap<>();
        problems.forEach(p -> summary.putIfAbsent(p.message(), p));
        model.addAttribute("problems", List.copyOf(summary.values()));
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a));
        model.addAttribute("errors", errors);
        model.addAttribute("channels", List.of(ConsultationChannel.ONLINE, ConsultationChannel.MAILBOX));
        model.addAttribute("answerDays", properties.answerWorkingDays());
        return "consultation/ask";
    }
}
