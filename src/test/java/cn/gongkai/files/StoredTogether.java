package cn.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestIntake;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that dies after an application's files were written but before the transaction committed
 * leaves neither the application nor its files: run on the embedded database and on PostgreSQL.
 */
public final class StoredTogether {

    private StoredTogether() {
    }

    public static void aCrashBeforeTheCommitLeavesNeitherTheApplicationNorItsFiles(TransactionTemplate tx,
            RequestIntake intake, JdbcClient jdbc) {
        long applications = count(jdbc, "disclosure_request");
        long files = count(jdbc, "stored_file");
        Map<String, Object> body = new HashMap<>();
        body.put("applicantType", "NATURAL_PERSON");
        body.put("applicantName", "周杰");
        body.put("contactPhone", "13900001234");
        body.put("description", "2026年技术改造项目的验收结论");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            DisclosureRequest r = intake.submitOnline(body, List.of(
                    new Upload("papers", FilePurpose.SUPPORTING, "验收报告.pdf", Samples.pdf("Acceptance report")),
                    new Upload("identityProof", FilePurpose.IDENTITY_PROOF, "身份证.png", Samples.png())));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE owner_type = 'REQUEST' AND owner_id = :id")
                    .param("id", String.valueOf(r.id())).query(Long.class).single()).as("written inside the transaction").isEqualTo(2);
            throw new IllegalStateException("the node dies before the commit");
        })).hasMessage("the node dies before the commit");
        assertThat(count(jdbc, "disclosure_request")).isEqualTo(applications);
        assertThat(count(jdbc, "stored_file")).isEqualTo(files);
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
