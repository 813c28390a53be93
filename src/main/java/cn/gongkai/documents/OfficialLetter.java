package cn.gongkai.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter in 公文 form: title, a reference line, the addressee, body paragraphs, the issuing
 * organ and the date.
 */
public record OfficialLetter(
        String title,
        String reference,
        String addressee,
        List<String> paragraphs,
        String issuer,
        LocalDate date) {
}
