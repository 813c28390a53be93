package cn.gongkai.screening;

import cn.gongkai.screening.Finding.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The automated pre-screen before confidentiality review (保密审查): it looks for classification
 * markings, internal notices, personal data and the agency's own sensitive terms. It only points;
 * the human reviewer always decides.
 */
@Service
public class ConfidentialityScreener {

    private static final int CONTEXT = 12;

    /** 绝密/机密 anywhere; 秘密 only as a marking (with ★, or alone in brackets or on a line). */
    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(绝密|机密|秘密)\\s*★[^\\s，。；]{0,8}"
                    + "|绝密|机密"
                    + "|[（(【\\[]\\s*秘密\\s*[）)】\\]]"
                    + "|^\\s*秘密\\s*$"
                    + "|★\\s*[0-9一二三四五六七八九十]+\\s*[年月]", Pattern.MULTILINE);
    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?(1[3-9]\\d)[- ]?(\\d{4})[- ]?(\\d{4})(?![0-9])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9])\\d(?:[ -]?\\d){15,18}(?![0-9])");

    private final ScreeningProperties properties;

    public ConfidentialityScreener(ScreeningProperties properties) {
        this.properties = properties;
    }

    /**
     * Screens the given fields (label → text, in display order).
     */
    public ScreeningResult screen(Map<String, String> fields) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            String text = field.getValue() == null ? "" : field.getValue();
            screenField(field.getKey(), text, findings);
        }
        findings.sort(Comparator.comparing((Finding f) -> f.kind().ordinal()));
        return new ScreeningResult(findings);
    }

    private void screenField(String field, String text, List<Finding> findings) {
        List<int[]> personalSpans = new ArrayList<>();

        Matcher m = CLASSIFICATION.matcher(text);
        while (m.find()) {
            findings.add(finding(Kind.CLASSIFICATION_MARK, field, text, m.start(), m.end(), m.group().strip()));
        }
        for (String notice : properties.internalNotices()) {
            findAll(Kind.INTERNAL_NOTICE, field, text, notice, findings);
        }
        m = RESIDENT_ID.matcher(text);
        while (m.find()) {
            if (ResidentIdNumber.isValid(m.group())) {
                personalSpans.add(new int[] {m.start(), m.end()});
                findings.add(finding(Kind.RESIDENT_ID, field, text, m.start(), m.end(), mask(m.group(), 6, 4)));
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            if (!overlaps(personalSpans, m.start(), m.end())) {
                personalSpans.add(new int[] {m.start(), m.end()});
                String digits = m.group(1) + m.group(2) + m.group(3);
                findings.add(finding(Kind.MOBILE_NUMBER, field, text, m.start(), m.end(), mask(digits, 3, 4)));
            }
        }
        m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (!overlaps(personalSpans, m.start(), m.end()) && Luhn.isValid(digits)) {
                personalSpans.add(new int[] {m.start(), m.end()});
                findings.add(finding(Kind.BANK_CARD, field, text, m.start(), m.end(), mask(digits, 4, 4)));
            }
        }
        for (String term : properties.terms()) {
            if (term != null && !term.isBlank()) {
                findAll(Kind.TERM, field, text, term.strip(), findings);
            }
        }
    }

    private void findAll(Kind kind, String field, String text, String needle, List<Finding> findings) {
        int from = 0;
        int at;
        while ((at = text.indexOf(needle, from)) >= 0) {
            findings.add(finding(kind, field, text, at, at + needle.length(), needle));
            from = at + needle.length();
        }
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Kind kind, String field, String text, int start, int end, String shown) {
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, start - CONTEXT);
        int to = Math.min(lineEnd, end + CONTEXT);
        String excerpt = (from > lineStart ? "…" : "") + text.substring(from, start) + shown
                + text.substring(end, to) + (to < lineEnd ? "…" : "");
        return new Finding(kind, field, line, shown, excerpt.strip());
    }

    static String mask(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return value;
        }
        return value.substring(0, keepStart) + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
