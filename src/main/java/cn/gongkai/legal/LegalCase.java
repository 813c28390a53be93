package cn.gongkai.legal;

import java.time.Instant;
import java.time.LocalDate;

/** A reconsideration or lawsuit against the handling of an application. */
public record LegalCase(long id, long requestId, String trackingCode, CaseKind kind, LocalDate filedOn, String body,
        String caseNumber, String note, CaseResult result, LocalDate decidedOn, String resultNote, String registeredBy,
        Instant registeredAt) {
}
