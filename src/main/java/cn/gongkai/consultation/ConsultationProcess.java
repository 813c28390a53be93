package cn.gongkai.consultation;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/** The ids and variables of {@code processes/consultation.bpmn} (咨询办理), declared once. */
public final class ConsultationProcess {

    public static final String KEY = "consultation";
    public static final String MESSAGE_SUBMITTED = "ConsultationSubmitted";

    public static final String START_SUBMITTED = "start_consultation_submitted";
    public static final String START_REGISTERED = "start_consultation_registered";
    public static final String SERVICE_REGISTER = "service_register_consultation";
    public static final String USER_ROUTE = "user_route_consultation";
    public static final String USER_ANSWER = "user_answer_consultation";
    public static final String USER_REVIEW_ANSWER = "user_review_consultation_answer";
    public static final String SERVICE_PUBLISH_ANSWER = "service_publish_consultation_answer";
    public static final String SERVICE_MAIL_ANSWER = "service_mail_consultation_answer";
    public static final String USER_DELIVER_OTHERWISE = "user_deliver_answer_otherwise";
    public static final String END_ANSWERED = "end_consultation_answered";
    public static final String END_DELIVERED_OTHERWISE = "end_answer_delivered_otherwise";
    /** The BPMN error of an answer mail that can never be delivered. */
    public static final String ERROR_UNDELIVERABLE = "ANSWER_UNDELIVERABLE";

    /** Fixed names (product.md): the channel, the question and the answer. */
    public static final ProcessVariable<String> CHANNEL = ProcessVariable.string("channel");
    public static final ProcessVariable<String> QUESTION = ProcessVariable.string("question");
    public static final ProcessVariable<String> ANSWER = ProcessVariable.string("answer");

    public static final ProcessVariable<Long> CONSULTATION_ID = ProcessVariable.longInt("consultationId");
    public static final ProcessVariable<String> TRACKING_CODE = ProcessVariable.string("trackingCode");
    public static final ProcessVariable<String> SUBJECT = ProcessVariable.string("subject");
    public static final ProcessVariable<String> ASKER_NAME = ProcessVariable.string("askerName");
    public static final ProcessVariable<String> CONTACT_EMAIL = ProcessVariable.string("contactEmail");
    public static final ProcessVariable<String> CONTACT_PHONE = ProcessVariable.string("contactPhone");
    public static final ProcessVariable<String> RECEIVED_ON = ProcessVariable.string("receivedOn");
    public static final ProcessVariable<String> REGISTRAR = ProcessVariable.string("consultationRegistrar");
    /** Who answers: {@code office} (the disclosure office itself) or a division code. */
    public static final ProcessVariable<String> ANSWER_BY = ProcessVariable.string("answerBy");
    public static final ProcessVariable<String> ANSWER_GROUP = ProcessVariable.string("answerGroup");
    public static final ProcessVariable<String> ANSWER_HEAD_GROUP = ProcessVariable.string("answerHeadGroup");
    public static final ProcessVariable<String> ANSWER_DUE_ON = ProcessVariable.string("answerDueOn");
    public static final ProcessVariable<Date> ANSWER_DUE_AT = ProcessVariable.date("answerDueAt");
    public static final ProcessVariable<Boolean> PUBLISH_AS_QA = ProcessVariable.bool("publishAsQa");
    /** Who drafted the answer (the 答复咨询 task's completer). */
    public static final ProcessVariable<String> ANSWERED_BY = ProcessVariable.string("answeredBy");
    /** Why the answer mail cannot be delivered (shown on 另行送达答复). */
    public static final ProcessVariable<String> ANSWER_MAIL_PROBLEM = ProcessVariable.string("answerMailProblem");
    /** How the disclosure office delivered the answer instead. */
    public static final ProcessVariable<String> DELIVERED_OTHERWISE = ProcessVariable.string("deliveredOtherwise");
    /** Markdown for the forms: the consultation as received. */
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.string("consultationSummary");

    /** The value of {@link #ANSWER_BY} for the disclosure office itself. */
    public static final String OFFICE = "office";

    private ConsultationProcess() {
    }
}
