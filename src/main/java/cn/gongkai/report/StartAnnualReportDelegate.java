package cn.gongkai.report;

import cn.gongkai.system.AgencyTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "发起上一年度的年度报告" (annual-report-schedule): starts annual-report for last year. */
@Component("startAnnualReportDelegate")
class StartAnnualReportDelegate implements JavaDelegate {

    private final AgencyTime clock;

    StartAnnualReportDelegate(AgencyTime clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY,
                Map.of(AnnualReportProcess.REPORT_YEAR.name(), clock.today().getYear() - 1));
    }
}
