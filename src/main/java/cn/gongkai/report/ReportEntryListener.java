package cn.gongkai.report;

import static cn.gongkai.report.AnnualReportProcess.REPORT_YEAR;

import cn.gongkai.review.Reviewers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "填报年度报告": on complete it notes who completed the task; when the activity ends it checks and
 * saves the entries as the year's draft. An error names the field and reaches Tasklist as it is;
 * the task stays open and nothing is lost.
 */
@Component("reportEntryListener")
class ReportEntryListener implements TaskListener, ExecutionListener {

    private final ReportEntries entries;

    ReportEntryListener(ReportEntries entries) {
        this.entries = entries;
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
        entries.save(REPORT_YEAR.get(execution), execution.getVariables(), Reviewers.completedBy(execution));
    }
}
