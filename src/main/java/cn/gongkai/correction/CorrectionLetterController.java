package cn.gongkai.correction;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /staff/corrections/{code}/reply.docx}: the reply letter of a request to correct a record,
 * for the agency-wide offices and the division that handled it.
 */
@Controller
class CorrectionLetterController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final CorrectionService corrections;
    private final StaffAuthentication authentication;

    CorrectionLetterController(CorrectionService corrections, StaffAuthentication authentication) {
        this.corrections = corrections;
        this.authentication = authentication;
    }

    @GetMapping("/staff/corrections/{code}/reply.docx")
    ResponseEntity<byte[]> reply(@PathVariable String code, HttpServletRequest request) {
        Optional<StaffUser> user = authentication.current(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Gongkai staff\", charset=\"UTF-8\"").build();
        }
        Optional<Correction> c = corrections.find(code);
        if (c.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        List<String> allowed = new ArrayList<>(AgencyGroups.agencyWideAndAdminIds());
        if (c.get().division() != null) {
            String d = c.get().division();
            allowed.addAll(List.of(AgencyGroups.staff(d), AgencyGroups.head(d), AgencyGroups.liaison(d), AgencyGroups.reviewer(d)));
        }
        if (!user.get().inAny(allowed)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return corrections.replyLetter(code).map(bytes -> ResponseEntity.ok().contentType(DOCX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("更正申请答复书-" + code + ".docx", StandardCharsets.UTF_8).build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
