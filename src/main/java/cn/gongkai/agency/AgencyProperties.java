package cn.gongkai.agency;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * The agency Gongkai runs for: its name, organisation code (used in index numbers), time zone and
 * internal divisions (处室). Each division with code {@code D} has the groups {@code D},
 * {@code D-head}, {@code D-liaison} and {@code D-reviewer}.
 */
@Validated
@ConfigurationProperties("gongkai.agency")
public record AgencyProperties(
        @NotBlank String name,
        @NotBlank String organisationCode,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @NotEmpty @Valid List<Division> divisions) {

    public record Division(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9]{1,30}",
                    message = "division code must be lower-case letters and digits") String code,
            @NotBlank String name) {
    }

    public Optional<Division> division(String code) {
        return divisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public String divisionName(String code) {
        return division(code).map(Division::name).orElse(code);
    }
}
