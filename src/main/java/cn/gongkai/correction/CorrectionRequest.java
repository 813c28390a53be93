package cn.gongkai.correction;

import java.time.LocalDate;

/** A request to correct a record as staff register it, checked. */
record CorrectionRequest(String applicantName, String contactPhone, String contactEmail, String contactAddress, String channel,
        LocalDate receivedOn, String record, String requestedCorrection, String evidence) {
}
