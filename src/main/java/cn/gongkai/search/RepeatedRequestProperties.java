package cn.gongkai.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When applications count as asking for the same information (Art. 44).
 *
 * @param windowDays applications received within this many days are compared
 * @param minApplications a group of at least this many is a candidate for proactive disclosure
 * @param similarity how alike two applications' wording must be (cosine of their word weights, 0–1)
 */
@ConfigurationProperties("gongkai.repeated-requests")
public record RepeatedRequestProperties(
        @DefaultValue("365") int windowDays,
        @DefaultValue("3") int minApplications,
        @DefaultValue("0.5") double similarity) {
}
