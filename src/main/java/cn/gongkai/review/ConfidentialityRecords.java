package cn.gongkai.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Keeps the confidentiality review records in the application's own table. */
@Service
public class ConfidentialityRecords {

    private final JdbcClient jdbc;

    public ConfidentialityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ConfidentialityRecord r) {
        jdbc.sql("""
                INSERT INTO confidentiality_record (process_instance_id, subject, reviewer, conclusion, basis,
                    screening_findings, screening_report, reviewed_at)
                VALUES (:pi, :subject, :reviewer, :conclusion, :basis, :findings, :report, :at)
                """)
                .param("pi", r.processInstanceId())
                .param("subject", r.subject())
                .param("reviewer", r.reviewer())
                .param("conclusion", r.conclusion().name())
                .param("basis", r.basis())
                .param("findings", r.screeningFindings())
                .param("report", r.screeningReport())
                .param("at", OffsetDateTime.ofInstant(r.reviewedAt(), ZoneOffset.UTC))
                .update();
    }

    public List<ConfidentialityRecord> records(String processInstanceId) {
        return jdbc.sql("""
                SELECT process_instance_id, subject, reviewer, conclusion, basis, screening_findings,
                    screening_report, reviewed_at
                FROM confidentiality_record WHERE process_instance_id = :pi ORDER BY reviewed_at, id
                """)
                .param("pi", processInstanceId)
                .query((rs, n) -> new ConfidentialityRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        ConfidentialityConclusion.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }
}
