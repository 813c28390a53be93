package cn.gongkai.review;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The record of every review and approval decision, kept in the application's own table. */
@Service
public class ReviewLog {

    /** Longest history text kept in a process variable (the engine limits strings to 4,000 characters). */
    static final int MAX_HISTORY_LENGTH = 3800;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;

    public ReviewLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ReviewEntry entry) {
        jdbc.sql("""
                INSERT INTO review_log (process_instance_id, process_key, step_key, step_name, reviewer,
                    reviewer_name, approved, comment_text, decided_at)
                VALUES (:pi, :key, :stepKey, :stepName, :reviewer, :reviewerName, :approved, :comment, :decidedAt)
                """)
                .param("pi", entry.processInstanceId())
                .param("key", entry.processKey())
                .param("stepKey", entry.stepKey())
                .param("stepName", entry.stepName())
                .param("reviewer", entry.reviewer())
                .param("reviewerName", entry.reviewerName())
                .param("approved", entry.approved())
                .param("comment", entry.comment())
                .param("decidedAt", OffsetDateTime.ofInstant(entry.decidedAt(), ZoneOffset.UTC))
                .update();
    }

    public List<ReviewEntry> entries(String processInstanceId) {
        return jdbc.sql("""
                SELECT process_instance_id, process_key, step_key, step_name, reviewer, reviewer_name, approved,
                    comment_text, decided_at
                FROM review_log WHERE process_instance_id = :pi ORDER BY decided_at, id
                """)
                .param("pi", processInstanceId)
                .query((rs, n) -> new ReviewEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * The decisions so far as text for the next reviewer's form, newest last. When it grows too
     * long, the oldest decisions are left out and the text says so.
     */
    public String history(String processInstanceId, ZoneId zone) {
        List<ReviewEntry> entries = entries(processInstanceId);
        StringBuilder text = new StringBuilder();
        int omitted = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            String line = format(entries.get(i), zone);
            if (text.length() + line.length() + 1 > MAX_HISTORY_LENGTH) {
                omitted = i + 1;
                break;
            }
            text.insert(0, line + "\n");
        }
        if (omitted > 0) {
            text.insert(0, "（更早的 " + omitted + " 条审核记录未显示）\n");
        }
        return text.toString().stripTrailing();
    }

    static String format(ReviewEntry e, ZoneId zone) {
        String when = LocalDateTime.ofInstant(e.decidedAt(), zone).format(WHEN);
        String who = e.reviewerName() == null || e.reviewerName().isBlank()
                ? e.reviewer()
                : e.reviewerName() + "（" + e.reviewer() + "）";
        String verdict = e.approved() ? "同意" : "退回";
        String comment = e.comment() == null || e.comment().isBlank() ? "" : "，意见：" + e.comment();
        return when + " " + e.stepName() + " " + who + "：" + verdict + comment;
    }

}
