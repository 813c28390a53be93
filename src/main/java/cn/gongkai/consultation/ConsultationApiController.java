package cn.gongkai.consultation;

import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.PublicApi;
import cn.gongkai.system.TrackingCodes;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/consultations} (a question from the public, online or through the director's
 * mailbox) and {@code GET /api/consultations/{trackingCode}} (its status and, once sent, the answer;
 * never the asker's contact details).
 */
@PublicApi
@RestController
@RequestMapping("/api/consultations")
class ConsultationApiController {

    private final ConsultationService service;
    private final ConsultationRepository consultations;

    ConsultationApiController(ConsultationService service, ConsultationRepository consultations) {
        this.service = service;
        this.consultations = consultations;
    }

    @PostMapping
    ResponseEntity<ConsultationView> submit(@RequestBody Map<String, Object> body) {
        Consultation c = service.submit(body);
        return ResponseEntity.created(URI.create("/api/consultations/" + c.trackingCode())).body(ConsultationView.of(c));
    }

    @GetMapping("/{code}")
    ConsultationView get(@PathVariable String code) {
        return find(consultations, code).map(ConsultationView::of)
                .orElseThrow(() -> new NotFoundException("没有咨询编号为「" + code + "」的咨询"));
    }

    static java.util.Optional<Consultation> find(ConsultationRepository consultations, String typed) {
        String code = TrackingCodes.normalize(TrackingCodes.CONSULTATION, typed);
        return code == null ? java.util.Optional.empty() : consultations.findByTrackingCode(code);
    }

    /** What the asker sees: no contact details. */
    record ConsultationView(String trackingCode, String channel, String channelName, String subject, String question,
            String status, String statusName, LocalDate receivedOn, LocalDate dueOn, String answer, LocalDate answeredOn) {

        static ConsultationView of(Consultation c) {
            boolean answered = c.status() == ConsultationStatus.ANSWERED;
            return new ConsultationView(c.trackingCode(), c.channel().name(), c.channel().label(), c.subject(), c.question(),
                    c.status().name(), c.status().label(), c.receivedOn(), c.dueOn(), answered ? c.answer() : null,
                    answered ? c.answeredOn() : null);
        }
    }
}
