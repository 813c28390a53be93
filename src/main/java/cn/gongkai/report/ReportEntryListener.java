package cn.gongkai.report;

import static cn.gongkai.report.AnnualReportProcess.REPORT_YEAR;

import cn.gongkai.process.UserTaskListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "填报年度报告": on complete it notes who completed the task; when the activity ends it checks and
 * saves the entries as the year's draft. An error names the field and reaches Tasklist as it is;
 * the task stays open and nothing is lost.
 */
@Component("reportEntryListener")
class ReportEntryListener extends UserTaskListener {

    private final ReportEntries entries;

    ReportEntryListener(ReportEntries entries) {
        this.entries = entries;
    }

    @Override
    protected void ended(DelegateExecution execution, String completedBy) {
        entries.save(REPORT_YEAR.get(execution), execution.getVariables(), completedBy);
    }
}
