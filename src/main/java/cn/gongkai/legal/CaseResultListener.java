package cn.gongkai.legal;

import static cn.gongkai.legal.LegalCaseProcess.CASE_ID;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "登记审理结果": notes who completed the task and, when the activity ends, checks and records the
 * result; an error names the field and reaches Tasklist as it is, the task staying open.
 */
@Component("caseResultListener")
class CaseResultListener extends UserTaskListener {

    private final LegalCases cases;

    CaseResultListener(LegalCases cases) {
        this.cases = cases;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        cases.decide(CASE_ID.get(execution), execution.getVariables(), completedBy);
    }
}
