package cn.gongkai.review;

import static cn.gongkai.review.ReviewVariables.CONFIDENTIALITY_BASIS;
import static cn.gongkai.review.ReviewVariables.CONFIDENTIALITY_CONCLUSION;
import static cn.gongkai.review.ReviewVariables.SCREENING_FINDINGS;
import static cn.gongkai.review.ReviewVariables.SCREENING_REPORT;

import cn.gongkai.process.CompletedBy;
import cn.gongkai.system.AgencyTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/**
 * On the human confidentiality review (保密审查), besides {@link ReviewDecisionListener}: checks the
 * conclusion against the decision (defaulting it when left empty) and keeps the written review
 * record (审查记录) with the conclusion, its basis and the pre-screen's findings.
 */
@Component("confidentialityDecisionListener")
class ConfidentialityDecisionListener implements TaskListener, ExecutionListener {

    static final int MAX_BASIS_LENGTH = 2000;

    private final ConfidentialityRecords records;
    private final AgencyTime clock;

    ConfidentialityDecisionListener(ConfidentialityRecords records, AgencyTime clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            CONFIDENTIALITY_CONCLUSION.remove(task);
            CONFIDENTIALITY_BASIS.remove(task);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
            return;
        }
        ReviewDecision decision = ReviewDecision.from(execution);
        ConfidentialityConclusion conclusion = conclusion(execution.getVariable(CONFIDENTIALITY_CONCLUSION.name()),
                decision);
        String basis = text(execution.getVariable(CONFIDENTIALITY_BASIS.name()));
        if (basis.isEmpty()) {
            basis = decision.comment();
        }
        if (basis.length() > MAX_BASIS_LENGTH) {
            throw new NotValidException("无法提交：「审查依据」（confidentialityBasis）不能超过 " + MAX_BASIS_LENGTH + " 个字");
        }
        CONFIDENTIALITY_CONCLUSION.set(execution, conclusion.name());
        CONFIDENTIALITY_BASIS.set(execution, basis);
        Integer findings = SCREENING_FINDINGS.get(execution);
        records.record(new ConfidentialityRecord(execution.getProcessInstanceId(),
                Reviewers.subjectOf(execution, execution.getProcessInstanceId()), CompletedBy.of(execution),
                conclusion, basis, findings == null ? 0 : findings, SCREENING_REPORT.get(execution), clock.now()));
    }

    static ConfidentialityConclusion conclusion(Object submitted, ReviewDecision decision) {
        String code = text(submitted);
        if (code.isEmpty()) {
            return decision.approved()
                    ? ConfidentialityConclusion.PUBLISHABLE
                    : ConfidentialityConclusion.REVISE_BEFORE_PUBLISHING;
        }
        ConfidentialityConclusion conclusion = ConfidentialityConclusion.parse(code).orElseThrow(
                () -> new NotValidException("无法提交：「审查结论」（confidentialityConclusion）取值无效「" + code + "」"));
        if (conclusion.approves() != decision.approved()) {
            throw new NotValidException("无法提交：「审查结论」为「" + conclusion.label() + "」时，「审核结论」（approved）应选择"
                    + (conclusion.approves() ? "同意" : "退回修改"));
        }
        return conclusion;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
