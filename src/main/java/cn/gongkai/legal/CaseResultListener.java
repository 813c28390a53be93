package cn.gongkai.legal;

import static cn.gongkai.legal.LegalCaseProcess.CASE_ID;

import cn.gongkai.review.Reviewers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "登记审理结果": notes who completed the task and, when the activity ends, checks and records the
 * result; an error names the field and reaches Tasklist as it is, the task staying open.
 */
@Component("caseResultListener")
class CaseResultListener implements TaskListener, ExecutionListener {

    private final LegalCases cases;

    CaseResultListener(LegalCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Reviewers.noteCompletedBy(task);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
            return;
        }
        cases.decide(CASE_ID.get(execution), execution.getVariables(), Reviewers.completedBy(execution));
    }
}
