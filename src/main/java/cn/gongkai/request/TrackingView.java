package cn.gongkai.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone holding the tracking code may see of an application: where it stands and how its
 * deadline was counted — never contact details or identity numbers.
 */
public record TrackingView(
        String trackingCode,
        String status,
        String statusName,
        String channel,
        String channelName,
        String description,
        Instant submittedAt,
        LocalDate receivedOn,
        LocalDate replyDueOn,
        String clockState,
        String clockStateName,
        int pausedWorkingDays,
        List<PauseView> pauses,
        boolean extended,
        int extendedWorkingDays,
        SupplementView supplement,
        String outcome,
        String outcomeName,
        LocalDate repliedOn,
        LocalDate servedOn,
        List<ClockEntry> clock,
        List<String> explanation) {

    public record PauseView(LocalDate from, LocalDate to, String reason, int workingDays) {
    }

    /** While a supplement is awaited: what is missing and by when. */
    public record SupplementView(String items, LocalDate dueOn) {
    }

    /** One clock event as the applicant sees it. */
    public record ClockEntry(String type, String typeName, LocalDate date, String description) {
    }
}
