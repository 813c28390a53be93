package cn.gongkai.system;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes such as {@code YS2026-7KQ4-M2XH-9PDA} (an application) or {@code ZX2026-…} (a
 * consultation): a prefix, the year and 60 random bits in Crockford's base 32 (no I, L, O, U), so
 * that codes cannot be guessed; read case-insensitively and with the usual misreadings (O→0, I/L→1)
 * forgiven.
 */
public final class TrackingCodes {

    /** Applications for disclosure (依申请公开). */
    public static final String APPLICATION = "YS";
    /** Consultations (咨询). */
    public static final String CONSULTATION = "ZX";

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next(String prefix, int year) {
        StringBuilder sb = new StringBuilder(prefix).append(year);
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** The canonical form of a code with the prefix as typed by a person, or null when it cannot be one. */
    public static String normalize(String prefix, String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '-').replace('O', '0').replace('I', '1')
                .replace('L', '1');
        // the prefixes (YS, ZX) survive the replacements above; the year and the groups are checked by shape
        return s.matches(prefix + "\\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}") ? s : null;
    }
}
