package cn.gongkai.report;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/** The ids and variables of {@code processes/annual-report.bpmn} (年度报告编制), declared once. */
public final class AnnualReportProcess {

    public static final String KEY = "annual-report";
    /** The process that starts annual-report for last year every 2 January. */
    public static final String SCHEDULE_KEY = "annual-report-schedule";

    public static final String START_BY_STAFF = "start_report_by_staff";
    public static final String SERVICE_PREPARE_REPORT = "service_prepare_report";
    public static final String END_ALREADY_OPEN = "end_already_open";
    public static final String USER_FILL_REPORT = "user_fill_report";
    public static final String USER_APPROVE_REPORT = "user_approve_report";
    public static final String SERVICE_FINALISE_REPORT = "service_finalise_report";
    public static final String END_REPORT_FINAL = "end_report_final";

    /** The year reported on; from the start form, or the year before when annual-report-schedule starts it. */
    public static final ProcessVariable<Integer> REPORT_YEAR = ProcessVariable.integer("reportYear");
    /** The statutory publication date's end (31 January of the next year unless configured). */
    public static final ProcessVariable<Date> REPORT_DUE_AT = ProcessVariable.date("reportDueAt");
    public static final ProcessVariable<String> REPORT_DUE_ON = ProcessVariable.string("reportDueOn");
    /** Markdown for the forms: the counted figures and links to the report. */
    public static final ProcessVariable<String> REPORT_SUMMARY = ProcessVariable.string("reportSummary");
    /** The schedule started a year whose report is being prepared already: nothing to do. */
    public static final ProcessVariable<Boolean> ALREADY_OPEN = ProcessVariable.bool("reportAlreadyOpen");
    public static final ProcessVariable<String> INITIATOR = ProcessVariable.string("reportInitiator");

    /** The form fields of 填报年度报告 (see ReportEntries). */
    public static final ProcessVariable<String> OVERVIEW = ProcessVariable.string(ReportEntries.OVERVIEW);
    public static final ProcessVariable<String> PROBLEMS = ProcessVariable.string(ReportEntries.PROBLEMS);
    public static final ProcessVariable<String> OTHER_MATTERS = ProcessVariable.string(ReportEntries.OTHER_MATTERS);
    public static final ProcessVariable<Integer> LICENSING = ProcessVariable.integer(ReportEntries.LICENSING);
    public static final ProcessVariable<Integer> PENALTIES = ProcessVariable.integer(ReportEntries.PENALTIES);
    public static final ProcessVariable<Integer> ENFORCEMENT = ProcessVariable.integer(ReportEntries.ENFORCEMENT);
    public static final ProcessVariable<String> FEES = ProcessVariable.string(ReportEntries.FEES);
    public static final ProcessVariable<Integer> REGULATIONS_REPEALED = ProcessVariable.integer(ReportEntries.REGULATIONS_REPEALED);
    public static final ProcessVariable<Integer> NORMATIVE_REPEALED = ProcessVariable.integer(ReportEntries.NORMATIVE_REPEALED);

    private AnnualReportProcess() {
    }

    static String businessKey(int year) {
        return KEY + "/" + year;
    }
}
