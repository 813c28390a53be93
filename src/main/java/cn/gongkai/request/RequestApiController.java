package cn.gongkai.request;

import cn.gongkai.system.InvalidRequestException;
import cn.gongkai.system.NotFoundException;
import cn.gongkai.system.PublicApi;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public API of applications: {@code POST /api/requests} (201 with an unguessable tracking
 * code), {@code GET /api/requests/{trackingCode}} and {@code POST /api/requests/{trackingCode}/supplement}.
 */
@PublicApi
@RestController
@RequestMapping("/api/requests")
class RequestApiController {

    private final RequestIntake intake;
    private final RequestTracking tracking;

    RequestApiController(RequestIntake intake, RequestTracking tracking) {
        this.intake = intake;
        this.tracking = tracking;
    }

    @PostMapping
    ResponseEntity<Submitted> submit(@RequestBody(required = false) Map<String, Object> body) {
        if (body == null) {
            throw new InvalidRequestException(java.util.List.of(new cn.gongkai.system.FieldProblem("body", "请求体为空，应为 JSON 对象")));
        }
        DisclosureRequest r = intake.submitOnline(body);
        URI location = URI.create("/api/requests/" + r.trackingCode());
        return ResponseEntity.created(location).body(new Submitted(r.trackingCode(), r.status().name(),
                r.status().label(), "/track/" + r.trackingCode()));
    }

    @GetMapping("/{trackingCode}")
    TrackingView track(@PathVariable String trackingCode) {
        return tracking.view(trackingCode);
    }

    @PostMapping("/{trackingCode}/supplement")
    TrackingView supplement(@PathVariable String trackingCode, @RequestBody(required = false) Map<String, Object> body) {
        String code = RequestTracking.normalize(trackingCode);
        if (code == null) {
            throw new NotFoundException("没有查询码为「" + trackingCode + "」的申请，请核对后重试");
        }
        intake.submitSupplementOnline(code, body);
        return tracking.view(code);
    }

    /** The answer to a new application. */
    record Submitted(String trackingCode, String status, String statusName, String trackingUrl) {
    }
}
