package cn.gongkai.review;

import java.time.Instant;

/** One recorded decision of a review or approval step. */
public record ReviewEntry(String processInstanceId, String processKey, String stepKey, String stepName,
        String reviewer, String reviewerName, boolean approved, String comment, Instant decidedAt) {
}
