package cn.gongkai.request;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/**
 * The {@code disclosure-request} process (依申请公开): key, messages, element ids and variables,
 * declared once. Element ids are those of {@code processes/disclosure-request.bpmn}.
 */
public final class DisclosureRequestProcess {

    public static final String KEY = "disclosure-request";
    public static final String MESSAGE_SUBMITTED_ONLINE = "ApplicationSubmittedOnline";
    public static final String MESSAGE_SUPPLEMENT_ONLINE = "SupplementSubmittedOnline";

    // element ids
    public static final String START_REGISTERED_BY_STAFF = "start_registered_by_staff";
    public static final String SERVICE_REGISTER_APPLICATION = "service_register_application";
    public static final String START_SUBMITTED_ONLINE = "start_submitted_online";
    public static final String USER_CONFIRM_APPLICATION = "user_confirm_application";
    public static final String END_NOT_ACCEPTED = "end_not_accepted";
    public static final String SUBPROCESS_HANDLING = "subprocess_handling";
    public static final String USER_REVIEW_APPLICATION = "user_review_application";
    public static final String SERVICE_REQUEST_SUPPLEMENT = "service_request_supplement";
    public static final String USER_RECORD_SUPPLEMENT = "user_record_supplement";
    public static final String MESSAGE_SUPPLEMENT_RECEIVED_ONLINE = "message_supplement_received_online";
    public static final String TIMER_SUPPLEMENT_DUE = "timer_supplement_due";
    public static final String SERVICE_RECORD_SUPPLEMENT_OVERDUE = "service_record_supplement_overdue";
    public static final String USER_DRAFT_REPLY = "user_draft_reply";
    public static final String USER_SEND_CONSULTATION = "user_send_consultation";
    public static final String USER_RECORD_CONSULTATION_REPLY = "user_record_consultation_reply";
    public static final String TIMER_CONSULTATION_REMINDER = "timer_consultation_reminder";
    public static final String TIMER_CONSULTATION_DUE = "timer_consultation_due";
    public static final String END_CONSULTATION_REMINDED = "end_consultation_reminded";
    public static final String SERVICE_CLOSE_CONSULTATION_UNANSWERED = "service_close_consultation_unanswered";
    public static final String USER_APPROVE_EXTENSION = "user_approve_extension";
    public static final String USER_SEND_EXTENSION_NOTICE = "user_send_extension_notice";
    public static final String USER_SEND_FEE_NOTICE = "user_send_fee_notice";
    public static final String USER_RECORD_FEE_PAYMENT = "user_record_fee_payment";
    public static final String TIMER_FEE_DUE = "timer_fee_due";
    public static final String SERVICE_RECORD_FEE_UNPAID = "service_record_fee_unpaid";
    public static final String USER_HANDLER_HEAD_REVIEW = "user_handler_head_review";
    public static final String USER_REPLY_CONFIDENTIALITY_REVIEW = "user_reply_confidentiality_review";
    public static final String USER_LEADERSHIP_SIGNOFF = "user_leadership_signoff";
    public static final String SERVICE_ISSUE_REPLY = "service_issue_reply";
    public static final String USER_RECORD_DELIVERY = "user_record_delivery";
    public static final String END_REPLIED = "end_replied";
    public static final String TIMER_REPLY_DUE = "timer_reply_due";
    public static final String SERVICE_CHECK_REPLY_DEADLINE = "service_check_reply_deadline";

    // the product's fixed names
    public static final ProcessVariable<String> TRACKING_CODE = ProcessVariable.string("trackingCode");
    public static final ProcessVariable<String> APPLICANT_TYPE = ProcessVariable.string("applicantType");
    public static final ProcessVariable<String> APPLICANT_NAME = ProcessVariable.string("applicantName");
    public static final ProcessVariable<String> CHANNEL = ProcessVariable.string("channel");
    /** yyyy-MM-dd */
    public static final ProcessVariable<String> RECEIVED_ON = ProcessVariable.string("receivedOn");
    public static final ProcessVariable<String> DESCRIPTION = ProcessVariable.string("description");
    /** yyyy-MM-dd; empty while the clock waits for a supplement */
    public static final ProcessVariable<String> REPLY_DUE_ON = ProcessVariable.string("replyDueOn");
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("outcome");
    public static final ProcessVariable<Boolean> CONFIRMED = ProcessVariable.bool("confirmed");
    public static final ProcessVariable<Boolean> COMPLETE = ProcessVariable.bool("complete");
    public static final ProcessVariable<String> DIVISION = ProcessVariable.string("division");
    public static final ProcessVariable<Boolean> THIRD_PARTY_CONSULTATION = ProcessVariable.bool("thirdPartyConsultation");
    public static final ProcessVariable<Boolean> EXTENSION_REQUESTED = ProcessVariable.bool("extensionRequested");
    public static final ProcessVariable<Boolean> FEE_REQUIRED = ProcessVariable.bool("feeRequired");
    public static final ProcessVariable<String> LEGAL_BASIS = ProcessVariable.string("legalBasis");
    /** The drafter's one choice on 检索并拟办, a {@link ReplyDraft.Action}; it sets the three routing flags above. */
    public static final ProcessVariable<String> DRAFT_ACTION = ProcessVariable.string("draftAction");

    // the rest of a registration form (stored in disclosure_request, not used by the process itself)
    public static final ProcessVariable<String> ID_TYPE = ProcessVariable.string("idType");
    public static final ProcessVariable<String> ID_NUMBER = ProcessVariable.string("idNumber");
    public static final ProcessVariable<String> CONTACT_PHONE = ProcessVariable.string("contactPhone");
    public static final ProcessVariable<String> CONTACT_EMAIL = ProcessVariable.string("contactEmail");
    public static final ProcessVariable<String> CONTACT_ADDRESS = ProcessVariable.string("contactAddress");
    public static final ProcessVariable<String> DOCUMENT_NUMBER = ProcessVariable.string("documentNumber");
    public static final ProcessVariable<String> DELIVERY_FORM = ProcessVariable.string("deliveryForm");
    public static final ProcessVariable<String> DELIVERY_METHOD = ProcessVariable.string("deliveryMethod");

    // the application and its clock, for forms and timers
    public static final ProcessVariable<Long> REQUEST_ID = ProcessVariable.longInt("requestId");
    /** Markdown: the application as staff see it on every task. */
    public static final ProcessVariable<String> APPLICATION_SUMMARY = ProcessVariable.string("applicationSummary");
    /** Markdown: the reply deadline explained line by line. */
    public static final ProcessVariable<String> REPLY_CLOCK = ProcessVariable.string("replyClock");
    /** Markdown: links to the application's documents. */
    public static final ProcessVariable<String> DOCUMENT_LINKS = ProcessVariable.string("documentLinks");
    public static final ProcessVariable<Date> REPLY_DUE_AT = ProcessVariable.date("replyDueAt");
    /** ISO repeating interval: the reply deadline, then every day after it (R/…/P1D). */
    public static final ProcessVariable<String> REPLY_DUE_CYCLE = ProcessVariable.string("replyDueCycle");
    public static final ProcessVariable<Boolean> CLOCK_PAUSED = ProcessVariable.bool("clockPaused");
    public static final ProcessVariable<Boolean> REPLY_OVERDUE = ProcessVariable.bool("replyOverdue");
    public static final ProcessVariable<String> REGISTRAR = ProcessVariable.string("registrar");
    /** Who completed the latest task (its assignee, else the authenticated caller). */
    public static final ProcessVariable<String> LAST_ACTOR = ProcessVariable.string("lastActor");
    /** The end of the next working day after an online submission: when the office should confirm it. */
    public static final ProcessVariable<Date> CONFIRMATION_DUE_AT = ProcessVariable.date("confirmationDueAt");
    public static final ProcessVariable<String> CONFIRMATION_NOTE = ProcessVariable.string("confirmationNote");

    // review and supplement (补正)
    /** The review's due date: 7 working days after receipt (Art. 30) before any 补正, else the reply deadline. */
    public static final ProcessVariable<Date> REVIEW_DUE_AT = ProcessVariable.date("reviewDueAt");
    public static final ProcessVariable<String> SUPPLEMENT_ITEMS = ProcessVariable.string("supplementItems");
    public static final ProcessVariable<Integer> SUPPLEMENT_WORKING_DAYS = ProcessVariable.integer("supplementWorkingDays");
    /** SUPPLEMENT, STILL_UNCLEAR or ASSIGNED */
    public static final ProcessVariable<String> REVIEW_RESULT = ProcessVariable.string("reviewResult");
    public static final ProcessVariable<String> SUPPLEMENT_DUE_ON = ProcessVariable.string("supplementDueOn");
    public static final ProcessVariable<Date> SUPPLEMENT_DUE_AT = ProcessVariable.date("supplementDueAt");
    public static final ProcessVariable<String> SUPPLEMENT_RECEIVED_ON = ProcessVariable.string("supplementReceivedOn");
    public static final ProcessVariable<String> SUPPLEMENT_CONTENT = ProcessVariable.string("supplementContent");

    // who drafts the reply and who reviews it first
    public static final ProcessVariable<String> HANDLER_GROUP = ProcessVariable.string("handlerGroup");
    public static final ProcessVariable<String> HANDLER_HEAD_GROUP = ProcessVariable.string("handlerHeadGroup");
    public static final ProcessVariable<String> HANDLER_NAME = ProcessVariable.string("handlerName");
    /** An outcome the process fixed (supplement overdue, still unclear, fee unpaid); the draft keeps it. */
    public static final ProcessVariable<String> FIXED_OUTCOME = ProcessVariable.string("fixedOutcome");

    // the reply draft
    public static final ProcessVariable<String> OUTCOME_NAME = ProcessVariable.string("outcomeName");
    public static final ProcessVariable<String> REASONS = ProcessVariable.string("reasons");
    public static final ProcessVariable<String> PROVISION_FORM = ProcessVariable.string("provisionForm");
    public static final ProcessVariable<String> PROVISION_METHOD = ProcessVariable.string("provisionMethod");
    public static final ProcessVariable<String> REFERRAL_AGENCY = ProcessVariable.string("referralAgency");
    /** The catalogue item a reply points the applicant to (已主动公开, Art. 36(1)), by its index number. */
    public static final ProcessVariable<String> ALREADY_PUBLIC_ITEM = ProcessVariable.string("alreadyPublicItem");
    /** Task-local, on the draft task: what is already published that matches the application (markdown). */
    public static final ProcessVariable<String> PUBLIC_MATCHES = ProcessVariable.string("publicMatches");
    /** Task-local, on the draft task: the catalogue items offered for {@link #ALREADY_PUBLIC_ITEM}. */
    public static final ProcessVariable<String> PUBLIC_MATCH_CHOICES = ProcessVariable.string("publicMatchChoices");

    // consultation (征求意见)
    public static final ProcessVariable<String> CONSULTATION_KIND = ProcessVariable.string("consultationKind");
    public static final ProcessVariable<String> CONSULTATION_PARTY = ProcessVariable.string("consultationParty");
    public static final ProcessVariable<String> CONSULTATION_ADDRESS = ProcessVariable.string("consultationAddress");
    public static final ProcessVariable<String> CONSULTATION_MATTERS = ProcessVariable.string("consultationMatters");
    public static final ProcessVariable<String> CONSULTATION_SENT_ON = ProcessVariable.string("consultationSentOn");
    public static final ProcessVariable<String> CONSULTATION_DELIVERED_ON = ProcessVariable.string("consultationDeliveredOn");
    public static final ProcessVariable<String> CONSULTATION_DUE_ON = ProcessVariable.string("consultationDueOn");
    public static final ProcessVariable<Date> CONSULTATION_DUE_AT = ProcessVariable.date("consultationDueAt");
    public static final ProcessVariable<Date> CONSULTATION_REMINDER_AT = ProcessVariable.date("consultationReminderAt");
    public static final ProcessVariable<String> CONSULTATION_RESULT = ProcessVariable.string("consultationResult");
    public static final ProcessVariable<String> CONSULTATION_OPINION = ProcessVariable.string("consultationOpinion");
    public static final ProcessVariable<String> CONSULTATION_REPLIED_ON = ProcessVariable.string("consultationRepliedOn");

    // extension (延期)
    public static final ProcessVariable<Integer> EXTENSION_WORKING_DAYS = ProcessVariable.integer("extensionWorkingDays");
    public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.string("extensionReason");
    /** {@link ExtensionBasis}: an Art. 33 extension (absent) or an Art. 35 delayed reply period. */
    public static final ProcessVariable<String> EXTENSION_BASIS = ProcessVariable.string("extensionBasis");
    public static final ProcessVariable<String> EXTENSION_BASIS_NAME = ProcessVariable.string("extensionBasisName");
    public static final ProcessVariable<String> EXTENSION_PROPOSED_DUE_ON = ProcessVariable.string("extensionProposedDueOn");
    public static final ProcessVariable<String> EXTENSION_NOTIFIED_ON = ProcessVariable.string("extensionNotifiedOn");

    // information-processing fee (信息处理费)
    public static final ProcessVariable<String> FEE_METHOD = ProcessVariable.string("feeMethod");
    public static final ProcessVariable<Integer> FEE_ITEMS = ProcessVariable.integer("feeItems");
    public static final ProcessVariable<Integer> FEE_PAGES = ProcessVariable.integer("feePages");
    public static final ProcessVariable<Integer> FEE_AMOUNT = ProcessVariable.integer("feeAmount");
    public static final ProcessVariable<String> FEE_CALCULATION = ProcessVariable.string("feeCalculation");
    public static final ProcessVariable<String> FEE_NOTICE_DELIVERED_ON = ProcessVariable.string("feeNoticeDeliveredOn");
    public static final ProcessVariable<String> FEE_DUE_ON = ProcessVariable.string("feeDueOn");
    public static final ProcessVariable<Date> FEE_DUE_AT = ProcessVariable.date("feeDueAt");
    public static final ProcessVariable<String> FEE_PAID_ON = ProcessVariable.string("feePaidOn");
    public static final ProcessVariable<String> FEE_RECEIPT_NUMBER = ProcessVariable.string("feeReceiptNumber");

    // delivery of the reply (送达)
    public static final ProcessVariable<String> SERVICE_METHOD = ProcessVariable.string("serviceMethod");
    public static final ProcessVariable<String> SERVED_ON = ProcessVariable.string("servedOn");
    public static final ProcessVariable<String> SERVICE_NOTE = ProcessVariable.string("serviceNote");

    private DisclosureRequestProcess() {
    }
}
