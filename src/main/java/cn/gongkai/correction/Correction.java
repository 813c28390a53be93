package cn.gongkai.correction;

import java.time.Instant;
import java.time.LocalDate;

/** A request to correct a record about the applicant (更正申请, Art. 41), as stored in {@code record_correction}. */
public record Correction(
        long id,
        String trackingCode,
        String processInstanceId,
        String applicantName,
        String contactPhone,
        String contactEmail,
        String contactAddress,
        String channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        String record,
        String requestedCorrection,
        String evidence,
        CorrectionRoute route,
        String division,
        String competentAgency,
        CorrectionOutcome outcome,
        String findings,
        LocalDate repliedOn,
        LocalDate servedOn,
        String registeredBy,
        Instant registeredAt) {
}
