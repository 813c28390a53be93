package cn.gongkai.proactive;

import cn.gongkai.calendar.DueDate;
import cn.gongkai.catalogue.DocumentType;
import java.time.LocalDate;

/** A draft that passed the check, with its publication deadline and display names. */
public record Draft(
        String title,
        String summary,
        String bodyText,
        String category,
        String categoryName,
        String division,
        String divisionName,
        LocalDate formedOn,
        String documentNumber,
        DocumentType documentType,
        DueDate publishDue,
        /** the index number of the published item this draft corrects, or null */
        String replaces) {
}
