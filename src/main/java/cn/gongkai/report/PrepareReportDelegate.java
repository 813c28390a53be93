package cn.gongkai.report;

import static cn.gongkai.report.AnnualReportProcess.ALREADY_OPEN;
import static cn.gongkai.report.AnnualReportProcess.ENFORCEMENT;
import static cn.gongkai.report.AnnualReportProcess.FEES;
import static cn.gongkai.report.AnnualReportProcess.INITIATOR;
import static cn.gongkai.report.AnnualReportProcess.LICENSING;
import static cn.gongkai.report.AnnualReportProcess.NORMATIVE_REPEALED;
import static cn.gongkai.report.AnnualReportProcess.OTHER_MATTERS;
import static cn.gongkai.report.AnnualReportProcess.OVERVIEW;
import static cn.gongkai.report.AnnualReportProcess.PENALTIES;
import static cn.gongkai.report.AnnualReportProcess.PROBLEMS;
import static cn.gongkai.report.AnnualReportProcess.REGULATIONS_REPEALED;
import static cn.gongkai.report.AnnualReportProcess.REPORT_DUE_AT;
import static cn.gongkai.report.AnnualReportProcess.REPORT_DUE_ON;
import static cn.gongkai.report.AnnualReportProcess.REPORT_SUMMARY;
import static cn.gongkai.report.AnnualReportProcess.REPORT_YEAR;

import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.Problems;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "准备年度报告": fixes the year (the start form's, or last year when the yearly schedule started it),
 * makes sure one report per year is being prepared, sets the statutory due date and fills the
 * form with what was entered before and what the records count.
 */
@Component("prepareReportDelegate")
class PrepareReportDelegate implements JavaDelegate {

    private final AnnualReportService reports;
    private final ReportEntries entries;
    private final ReportProperties properties;
    private final AgencyTime clock;

    PrepareReportDelegate(AnnualReportService reports, ReportEntries entries, ReportProperties properties,
            AgencyTime clock) {
        this.reports = reports;
        this.entries = entries;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byStaff = INITIATOR.get(execution) != null;
        int lastYear = clock.today().getYear() - 1;
        Fields in = new Fields(execution.getVariables(), clock.zone());
        Integer year = in.integer(REPORT_YEAR.name(), "报告年度", AnnualReportService.FIRST_YEAR, clock.today().getYear(), lastYear);
        in.validate();
        boolean open = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AnnualReportProcess.KEY).processInstanceBusinessKey(AnnualReportProcess.businessKey(year))
                .active().count() > 0;
        if (open && byStaff) {
            Problems.reject(REPORT_YEAR.name(), year + " 年度的年度报告已在编制中，请在任务列表中继续办理");
        }
        REPORT_YEAR.set(execution, year);
        ALREADY_OPEN.set(execution, open);
        if (open) {
            return;
        }
        execution.setProcessBusinessKey(AnnualReportProcess.businessKey(year));
        LocalDate dueOn = properties.publishBy().atYear(year + 1);
        REPORT_DUE_ON.set(execution, dueOn.toString());
        REPORT_DUE_AT.set(execution, clock.endOfDay(dueOn));
        entries.find(year).ifPresent(e -> {
            OVERVIEW.set(execution, e.overview());
            PROBLEMS.set(execution, e.problems());
            OTHER_MATTERS.set(execution, e.otherMatters());
            LICENSING.set(execution, e.licensing());
            PENALTIES.set(execution, e.penalties());
            ENFORCEMENT.set(execution, e.enforcement());
            FEES.set(execution, e.feesTenThousandYuan() == null ? null : e.feesTenThousandYuan().toPlainString());
            REGULATIONS_REPEALED.set(execution, e.regulationsRepealed());
            NORMATIVE_REPEALED.set(execution, e.normativeRepealed());
        });
        REPORT_SUMMARY.set(execution, summary(reports.build(year), dueOn));
    }

    static String summary(AnnualReport report, LocalDate dueOn) {
        ApplicationTable t = report.applications();
        return "**" + report.year() + " 年度政府信息公开工作年度报告** · 应于 " + dueOn + " 前公开\n\n"
                + "系统统计：主动公开 " + report.proactive().total() + " 条；新收申请 " + t.row(ApplicationTable.NEW).total()
                + " 件，上年结转 " + t.row(ApplicationTable.CARRIED_OVER).total() + " 件，办结 "
                + t.row(ApplicationTable.TOTAL).total() + " 件，结转下年度 " + t.row(ApplicationTable.CARRIED_FORWARD).total()
                + " 件；勾稽关系" + (t.balanced() ? "成立" : "**不成立，请先核对**") + "。\n\n"
                + "[查看统计数据与明细](/staff/reports/annual/" + report.year() + ") · [下载报告（Word）](/reports/annual/"
                + report.year() + ".docx) · [下载统计表（Excel）](/reports/annual/" + report.year() + ".xlsx)";
    }
}
