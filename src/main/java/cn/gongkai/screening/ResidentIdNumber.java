package cn.gongkai.screening;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character resident identity number of GB 11643-1999 and its check character. */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** True when the 18 characters carry a valid birth date and check character. */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 18) {
            return false;
        }
        String s = candidate.toUpperCase();
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        if (s.charAt(17) != CHECK[sum % 11]) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
