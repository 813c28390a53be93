package cn.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;

/** An application for disclosure (政府信息公开申请) as stored in {@code disclosure_request}. */
public record DisclosureRequest(
        long id,
        String trackingCode,
        String processInstanceId,
        Channel channel,
        ApplicantType applicantType,
        String applicantName,
        IdType idType,
        String idNumber,
        String contactPhone,
        String contactEmail,
        String contactAddress,
        String description,
        String documentNumber,
        DeliveryForm deliveryForm,
        DeliveryMethod deliveryMethod,
        int items,
        RequestStatus status,
        String division,
        Outcome outcome,
        String legalBasis,
        Instant submittedAt,
        LocalDate receivedOn,
        LocalDate replyDueOn,
        LocalDate repliedOn,
        LocalDate servedOn,
        String registeredBy) {
}
