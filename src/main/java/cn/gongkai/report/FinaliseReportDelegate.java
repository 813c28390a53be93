package cn.gongkai.report;

import static cn.gongkai.report.AnnualReportProcess.REPORT_YEAR;

import cn.gongkai.process.CompletedBy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "年度报告定稿": the disclosure-office head approved; the year's entries become final. */
@Component("finaliseReportDelegate")
class FinaliseReportDelegate implements JavaDelegate {

    private final ReportEntries entries;

    FinaliseReportDelegate(ReportEntries entries) {
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        entries.approve(REPORT_YEAR.get(execution), CompletedBy.of(execution));
    }
}
