package cn.gongkai.agency;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the agency announces in its 政府信息公开指南 (2019 Regs Art. 12): the disclosure office's
 * name, address, office hours, phone, fax and internet contact, and the channels by which it takes
 * applications. The channels it announces bind it (国办公开办函〔2017〕19号); in person and by post
 * can never be refused, so they are always announced.
 *
 * @param channels the announced channels beyond in person and by post: {@code FAX}, {@code EMAIL}, {@code ONLINE}
 */
@Validated
@ConfigurationProperties("gongkai.guide")
public record GuideProperties(
        @NotBlank String officeName,
        @NotBlank String address,
        @DefaultValue("") String postcode,
        @NotBlank String officeHours,
        @NotBlank String phone,
        @DefaultValue("") String fax,
        @DefaultValue("") String email,
        @DefaultValue("") String website,
        @DefaultValue({"IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL"}) List<String> channels) {

    /** The channels that can never be refused. */
    public static final List<String> ALWAYS = List.of("IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL");

    /** Every announced channel, in person and by post first. */
    public Set<String> announcedChannels() {
        Set<String> all = new LinkedHashSet<>(ALWAYS);
        all.addAll(channels);
        return all;
    }

    @AssertTrue(message = "gongkai.guide.fax must be given when FAX is an announced channel")
    public boolean isFaxGivenWhenAnnounced() {
        return !channels.contains("FAX") || !fax.isBlank();
    }

    @AssertTrue(message = "gongkai.guide.email must be given when EMAIL is an announced channel")
    public boolean isEmailGivenWhenAnnounced() {
        return !channels.contains("EMAIL") || !email.isBlank();
    }

    @AssertTrue(message = "gongkai.guide.channels may hold only IN_PERSON, REGISTERED_MAIL, ORDINARY_MAIL, FAX, EMAIL, ONLINE")
    public boolean isEveryChannelKnown() {
        return Set.of("IN_PERSON", "REGISTERED_MAIL", "ORDINARY_MAIL", "FAX", "EMAIL", "ONLINE").containsAll(channels);
    }
}
