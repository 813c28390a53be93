package cn.gongkai.catalogue;

import java.time.LocalDate;

/** What the approval chain hands to the catalogue to publish. */
public record Publication(
        String processInstanceId,
        String title,
        String summary,
        String body,
        String category,
        String division,
        String divisionName,
        String documentNumber,
        DocumentType documentType,
        LocalDate formedOn,
        /** its full text is kept electronically: the signed document has text, or the body is the full text */
        boolean fullTextElectronic) {
}
