package cn.gongkai.catalogue;

import java.time.LocalDate;

/** Turns the configured pattern, organisation code, date and serial into an index number (索引号). */
final class IndexNumberFormat {

    private IndexNumberFormat() {
    }

    static String format(String pattern, String organisationCode, LocalDate date, int serial, int serialDigits) {
        String padded = String.format("%0" + serialDigits + "d", serial);
        return pattern
                .replace("{org}", organisationCode)
                .replace("{year}", String.valueOf(date.getYear()))
                .replace("{month}", String.format("%02d", date.getMonthValue()))
                .replace("{serial}", padded);
    }
}
