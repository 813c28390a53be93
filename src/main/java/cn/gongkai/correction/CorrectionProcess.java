package cn.gongkai.correction;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/** The ids and variables of {@code processes/record-correction.bpmn} (更正申请), declared once. */
public final class CorrectionProcess {

    public static final String KEY = "record-correction";

    public static final String START_REGISTERED = "start_correction_registered";
    public static final String SERVICE_REGISTER = "service_register_correction";
    public static final String USER_ROUTE = "user_route_correction";
    public static final String USER_VERIFY = "user_verify_correction";
    public static final String USER_HEAD_REVIEW = "user_review_correction";
    public static final String SERVICE_ISSUE_REPLY = "service_issue_correction_reply";
    public static final String USER_DELIVER = "user_deliver_correction_reply";
    public static final String END_REPLIED = "end_correction_replied";

    public static final ProcessVariable<String> REGISTRAR = ProcessVariable.string("correctionRegistrar");
    public static final ProcessVariable<Long> CORRECTION_ID = ProcessVariable.longInt("correctionId");
    public static final ProcessVariable<String> TRACKING_CODE = ProcessVariable.string("trackingCode");
    /** Markdown for the forms: the request as received. */
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.string("correctionSummary");
    public static final ProcessVariable<Date> DUE_AT = ProcessVariable.date("correctionDueAt");
    /** {@link CorrectionRoute}. */
    public static final ProcessVariable<String> ROUTE = ProcessVariable.string("correctionRoute");
    public static final ProcessVariable<String> DIVISION = ProcessVariable.string("division");
    public static final ProcessVariable<String> COMPETENT_AGENCY = ProcessVariable.string("competentAgency");
    public static final ProcessVariable<String> HANDLER_GROUP = ProcessVariable.string("handlerGroup");
    public static final ProcessVariable<String> HANDLER_HEAD_GROUP = ProcessVariable.string("handlerHeadGroup");
    public static final ProcessVariable<Boolean> VERIFIED = ProcessVariable.bool("verified");
    public static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");
    public static final ProcessVariable<String> SERVED_ON = ProcessVariable.string("servedOn");
    /** The start form's fields (checked by {@link CorrectionService#register}). */
    public static final ProcessVariable<String> CHANNEL = ProcessVariable.string("channel");
    public static final ProcessVariable<String> RECEIVED_ON = ProcessVariable.string("receivedOn");
    public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.string("applicantName");
    public static final ProcessVariable<String> CONTACT_PHONE = ProcessVariable.string("contactPhone");
    public static final ProcessVariable<String> CONTACT_EMAIL = ProcessVariable.string("contactEmail");
    public static final ProcessVariable<String> CONTACT_ADDRESS = ProcessVariable.string("contactAddress");
    public static final ProcessVariable<String> RECORD = ProcessVariable.string("record");
    public static final ProcessVariable<String> REQUESTED_CORRECTION = ProcessVariable.string("requestedCorrection");
    public static final ProcessVariable<String> EVIDENCE = ProcessVariable.string("evidence");

    public static final ProcessVariable<String> SERVICE_METHOD = ProcessVariable.string("serviceMethod");

    private CorrectionProcess() {
    }
}
