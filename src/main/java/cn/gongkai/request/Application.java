package cn.gongkai.request;

import java.time.LocalDate;

/**
 * A checked application as the applicant (or the registering staff member) gave it. For staff
 * registration {@code channel} and {@code receivedOn} are set; online, the receipt date is fixed
 * later, when the disclosure office confirms it.
 */
public record Application(
        Channel channel,
        LocalDate receivedOn,
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
        DeliveryMethod deliveryMethod) {
}
