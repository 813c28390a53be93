package cn.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** A published item of the public disclosure catalogue. */
public record CatalogueItem(
        String indexNumber,
        String title,
        String summary,
        String body,
        String category,
        String division,
        String divisionName,
        String documentNumber,
        DocumentType documentType,
        LocalDate formedOn,
        LocalDate publishedOn,
        Instant publishedAt,
        boolean fullTextElectronic,
        String processInstanceId) {
}
