package cn.gongkai.consultation;

import java.time.Instant;
import java.time.LocalDate;

/** A consultation (咨询) as stored in {@code consultation}. */
public record Consultation(long id, String trackingCode, String processInstanceId, ConsultationChannel channel,
        String askerName, String contactEmail, String contactPhone, String subject, String question, LocalDate receivedOn,
        LocalDate dueOn, ConsultationStatus status, String division, String answer, LocalDate answeredOn,
        String answeredBy, boolean published, Instant submittedAt, String registeredBy) {
}
