package cn.gongkai.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as Chinese official writing gives them: 2026年3月2日, and with the weekday for mails. */
public final class ChineseDates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChineseDates() {
    }

    /** "2026年3月2日"; empty for null. */
    public static String format(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }

    /** "2026年3月2日（星期一）". */
    public static String withWeekday(LocalDate day) {
        return day == null ? "" : day.format(DATE) + "（" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + "）";
    }
}
