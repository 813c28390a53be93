package cn.gongkai.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public catalogue's categories and how index numbers (索引号) are made.
 *
 * <p>{@code indexNumberPattern} may use {@code {org}} (the agency's organisation code),
 * {@code {year}}, {@code {month}} and {@code {serial}} (zero-padded to {@code serialDigits}); the
 * serial counts per year.
 */
@Validated
@ConfigurationProperties("gongkai.catalogue")
public record CatalogueProperties(
        @NotEmpty @Valid List<Category> categories,
        @DefaultValue("{org}/{year}-{serial}") @Pattern(regexp = ".*\\{serial}.*",
                message = "index number pattern must contain {serial}") String indexNumberPattern,
        @DefaultValue("5") @Min(3) @Max(9) int serialDigits,
        @DefaultValue("20") @Min(1) @Max(100) int pageSize,
        @DefaultValue("50") @Min(1) @Max(500) int feedSize) {

    public record Category(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,30}") String code, @NotBlank String name) {
    }

    /** Category code → name, in the configured order. */
    public Map<String, String> categoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        categories.forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    public String categoryName(String code) {
        return categoryNames().getOrDefault(code, code);
    }
}
