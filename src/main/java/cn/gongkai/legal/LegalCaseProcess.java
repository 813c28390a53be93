package cn.gongkai.legal;

import cn.gongkai.process.ProcessVariable;

/** The ids and variables of {@code processes/legal-case.bpmn} (复议诉讼登记), declared once. */
public final class LegalCaseProcess {

    public static final String KEY = "legal-case";

    public static final String START_CASE_REGISTERED = "start_case_registered";
    public static final String SERVICE_REGISTER_CASE = "service_register_case";
    public static final String USER_RECORD_RESULT = "user_record_result";
    public static final String END_CASE_DECIDED = "end_case_decided";

    public static final ProcessVariable<String> REGISTRAR = ProcessVariable.string("caseRegistrar");
    public static final ProcessVariable<Long> CASE_ID = ProcessVariable.longInt("caseId");
    /** Markdown for the result form: the case and the application it concerns. */
    public static final ProcessVariable<String> CASE_SUMMARY = ProcessVariable.string("caseSummary");

    public static final ProcessVariable<String> TRACKING_CODE = ProcessVariable.string(LegalCases.TRACKING_CODE);
    public static final ProcessVariable<String> KIND = ProcessVariable.string(LegalCases.KIND);
    public static final ProcessVariable<String> FILED_ON = ProcessVariable.string(LegalCases.FILED_ON);
    public static final ProcessVariable<String> BODY = ProcessVariable.string(LegalCases.BODY);
    public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string(LegalCases.CASE_NUMBER);
    public static final ProcessVariable<String> NOTE = ProcessVariable.string(LegalCases.NOTE);
    public static final ProcessVariable<String> RESULT = ProcessVariable.string(LegalCases.RESULT);
    public static final ProcessVariable<String> DECIDED_ON = ProcessVariable.string(LegalCases.DECIDED_ON);
    public static final ProcessVariable<String> RESULT_NOTE = ProcessVariable.string(LegalCases.RESULT_NOTE);

    private LegalCaseProcess() {
    }
}
