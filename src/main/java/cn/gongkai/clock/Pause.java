package cn.gongkai.clock;

import java.time.LocalDate;

/**
 * An interval in which the reply period does not run: from the day it began to the day it ended
 * (null while it lasts). {@code workingDays} counts the working days after {@code from} up to and
 * including {@code to} (or today, while it lasts).
 */
public record Pause(LocalDate from, LocalDate to, String reason, int workingDays) {

    public boolean open() {
        return to == null;
    }
}
