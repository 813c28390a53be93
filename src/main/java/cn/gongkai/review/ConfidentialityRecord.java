package cn.gongkai.review;

import java.time.Instant;

/**
 * The written record of a confidentiality review (保密审查记录): what was reviewed, what the
 * automated pre-screen found, who concluded what and on which basis.
 */
public record ConfidentialityRecord(String processInstanceId, String subject, String reviewer,
        ConfidentialityConclusion conclusion, String basis, int screeningFindings, String screeningReport,
        Instant reviewedAt) {
}
