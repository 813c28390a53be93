package cn.gongkai.legal;

import cn.gongkai.process.TaskForms;
import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestRepository;
import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconsideration and litigation register ({@code legal_case}): cases registered against an
 * application that has been answered, their results, and the counts for section 四.
 */
@Service
public class LegalCases {

    private static final Logger log = LoggerFactory.getLogger(LegalCases.class);

    public static final String TRACKING_CODE = "trackingCode";
    public static final String KIND = "caseKind";
    public static final String FILED_ON = "caseFiledOn";
    public static final String BODY = "caseBody";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String NOTE = "caseNote";
    public static final String RESULT = "caseResult";
    public static final String DECIDED_ON = "caseDecidedOn";
    public static final String RESULT_NOTE = "caseResultNote";

    private static final String COLUMNS = "c.id, c.request_id, r.tracking_code, c.kind, c.filed_on, c.body, c.case_number, "
            + "c.note, c.result, c.decided_on, c.result_note, c.registered_by, c.registered_at";

    private final TaskForms forms;
    private final JdbcClient jdbc;
    private final RequestRepository requests;
    private final AgencyTime clock;

    LegalCases(JdbcClient jdbc, RequestRepository requests, AgencyTime clock, TaskForms forms) {
        this.forms = forms;
        this.jdbc = jdbc;
        this.requests = requests;
        this.clock = clock;
    }

    /** Registers a case from the register form's values; every problem is named by its field. */
    @Transactional
    public LegalCase register(Map<String, ?> values, String processInstanceId, String actor) {
        Fields in = forms.read("legal-case-register", values);
        String code = in.text(TRACKING_CODE, true);
        CaseKind kind = in.choice(KIND, CaseKind.class, true);
        LocalDate filedOn = in.date(FILED_ON, true);
        String body = in.text(BODY, true);
        String number = in.text(CASE_NUMBER, false);
        String note = in.text(NOTE, false);
        Optional<DisclosureRequest> request = code == null ? Optional.empty()
                : requests.findByTrackingCode(code.strip().toUpperCase(java.util.Locale.ROOT));
        if (code != null && request.isEmpty()) {
            in.problem(TRACKING_CODE, "没有编号为「" + code + "」的申请");
        } else if (request.isPresent() && request.get().repliedOn() == null) {
            in.problem(TRACKING_CODE, "申请「" + code + "」尚未答复，不能对其登记复议或诉讼");
        }
        if (filedOn != null && filedOn.isAfter(clock.today())) {
            in.problem(FILED_ON, "「申请复议或起诉日期」不能晚于今天（" + clock.today() + "）");
        } else if (filedOn != null && request.isPresent() && request.get().repliedOn() != null
                && filedOn.isBefore(request.get().repliedOn())) {
            in.problem(FILED_ON, "「申请复议或起诉日期」不能早于答复之日（" + request.get().repliedOn() + "）");
        }
        in.validate();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO legal_case (request_id, process_instance_id, kind, filed_on, body, case_number, note, result, "
                        + "registered_by, registered_at) VALUES (:request, :pi, :kind, :filed, :body, :number, :note, 'PENDING', "
                        + ":actor, :now)")
                .param("request", request.get().id()).param("pi", processInstanceId).param("kind", kind.name())
                .param("filed", filedOn).param("body", body).param("number", number).param("note", note)
                .param("actor", actor).param("now", clock.now().atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        log.info("CASE-001 {} {} registered against {} by {}", kind, number, request.get().trackingCode(), actor);
        return get(id);
    }

    /** Records the result of a case. */
    @Transactional
    public LegalCase decide(long id, Map<String, ?> values, String actor) {
        LegalCase c = get(id);
        Fields in = forms.read("legal-case-result", values);
        CaseResult result = in.choice(RESULT, CaseResult.class, true);
        LocalDate decidedOn = in.date(DECIDED_ON, result != CaseResult.PENDING);
        String note = in.text(RESULT_NOTE, false);
        if (result == CaseResult.PENDING) {
            in.problem(RESULT, "请在案件审结后登记结果；尚未审结的案件保留此任务即可");
        }
        if (decidedOn != null && (decidedOn.isBefore(c.filedOn()) || decidedOn.isAfter(clock.today()))) {
            in.problem(DECIDED_ON, "「决定或判决日期」应在申请复议或起诉之日（" + c.filedOn() + "）与今天之间");
        }
        in.validate();
        jdbc.sql("UPDATE legal_case SET result = :result, decided_on = :on, result_note = :note WHERE id = :id")
                .param("result", result.name()).param("on", decidedOn).param("note", note).param("id", id).update();
        log.info("CASE-002 case {} of {} decided: {} on {} (recorded by {})", id, c.trackingCode(), result, decidedOn, actor);
        return get(id);
    }

    public LegalCase get(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_case c JOIN disclosure_request r ON r.id = c.request_id WHERE c.id = :id")
                .param("id", id).query((rs, n) -> map(rs)).single();
    }

    public List<LegalCase> forRequest(long requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_case c JOIN disclosure_request r ON r.id = c.request_id "
                        + "WHERE c.request_id = :id ORDER BY c.filed_on, c.id")
                .param("id", requestId).query((rs, n) -> map(rs)).list();
    }

    /**
     * Section 四 for a year: the cases brought in the year, by kind and by their result at the
     * year's end (a case decided later counts as 尚未审结).
     */
    public Map<CaseKind, Map<CaseResult, Long>> countsForYear(int year) {
        Map<CaseKind, Map<CaseResult, Long>> counts = new EnumMap<>(CaseKind.class);
        for (CaseKind kind : CaseKind.values()) {
            Map<CaseResult, Long> byResult = new EnumMap<>(CaseResult.class);
            for (CaseResult result : CaseResult.values()) {
                byResult.put(result, 0L);
            }
            counts.put(kind, byResult);
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        jdbc.sql("SELECT kind, year_result, COUNT(*) FROM (SELECT kind, CASE WHEN decided_on IS NOT NULL AND "
                        + "decided_on <= :last THEN result ELSE 'PENDING' END AS year_result FROM legal_case "
                        + "WHERE filed_on BETWEEN :first AND :last) cases GROUP BY kind, year_result")
                .param("first", LocalDate.of(year, 1, 1)).param("last", last)
                .query((rs, n) -> counts.get(CaseKind.valueOf(rs.getString(1))).put(CaseResult.valueOf(rs.getString(2)),
                        rs.getLong(3)))
                .list();
        return counts;
    }

    private static LegalCase map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LegalCase(rs.getLong(1), rs.getLong(2), rs.getString(3), CaseKind.valueOf(rs.getString(4)),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                CaseResult.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class).toInstant());
    }
}
