package cn.gongkai.correction;

import cn.gongkai.documents.LetterWriter;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

    private final CorrectionService corrections;
    private final StaffAuthentication authentication;

    CorrectionLetterController(CorrectionService corrections, StaffAuthentication authentication) {
        this.corrections = corrections;
        this.authentication = authentication;
    }

    @GetMapping("/staff/corrections/{code}/reply.docx")
    ResponseEntity<byte[]> reply(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Optional<Correction> c = corrections.find(code);
        if (c.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!user.get().mayOpenMatterOf(c.get().division())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return corrections.replyLetter(code).map(bytes -> ResponseEntity.ok().contentType(LetterWriter.DOCX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("更正申请答复书-" + code + ".docx", StandardCharsets.UTF_8).build().toString())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
