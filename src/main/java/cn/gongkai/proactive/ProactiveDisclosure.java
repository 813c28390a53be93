package cn.gongkai.proactive;

import cn.gongkai.process.ProcessVariable;
import java.util.Date;

/**
 * The {@code proactive-disclosure} process (主动公开): its key, element ids and variables, declared
 * once. Element ids are those of {@code processes/proactive-disclosure.bpmn}.
 */
public final class ProactiveDisclosure {

    public static final String KEY = "proactive-disclosure";
    /** The draft form (start form); the revision form has the same fields, checked the same way. */
    public static final String DRAFT_FORM = "proactive-draft";

    /** Art. 26: publish within 20 working days of the information being formed or changed. */
    public static final int PUBLICATION_WORKING_DAYS = 20;

    // element ids
    public static final String START_ITEM_DRAFTED = "start_item_drafted";
    /** Art. 44: information asked for again and again, suggested by the disclosure office. */
    public static final String START_PUBLICATION_SUGGESTED = "start_publication_suggested";
    public static final String MESSAGE_PUBLICATION_SUGGESTED = "proactive-publication-suggested";
    public static final String USER_DRAFT_SUGGESTED = "user_draft_suggested";
    public static final String SERVICE_CHECK_DRAFT = "service_check_draft";
    public static final String SUBPROCESS_REVIEW = "subprocess_review";
    public static final String USER_HEAD_REVIEW = "user_head_review";
    public static final String SERVICE_SCREEN_CONTENT = "service_screen_content";
    public static final String USER_CONFIDENTIALITY_REVIEW = "user_confidentiality_review";
    public static final String USER_OFFICE_CHECK = "user_office_check";
    public static final String USER_LEADERSHIP_APPROVAL = "user_leadership_approval";
    public static final String SERVICE_PUBLISH_ITEM = "service_publish_item";
    public static final String END_REVIEW_PUBLISHED = "end_review_published";
    public static final String USER_REVISE_DRAFT = "user_revise_draft";
    public static final String SERVICE_CHECK_REVISION = "service_check_revision";
    public static final String END_REVIEW_WITHDRAWN = "end_review_withdrawn";
    public static final String TIMER_PUBLICATION_DUE = "timer_publication_due";
    public static final String SERVICE_RECORD_PUBLICATION_OVERDUE = "service_record_publication_overdue";
    public static final String END_OVERDUE_RECORDED = "end_overdue_recorded";
    public static final String END_ITEM_PUBLISHED = "end_item_published";
    public static final String END_ITEM_WITHDRAWN = "end_item_withdrawn";

    // the drafter's input (start form and revision form)
    public static final ProcessVariable<String> TITLE = ProcessVariable.string("title");
    public static final ProcessVariable<String> SUMMARY = ProcessVariable.string("summary");
    public static final ProcessVariable<String> BODY_TEXT = ProcessVariable.string("bodyText");
    public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
    public static final ProcessVariable<String> DIVISION = ProcessVariable.string("division");
    /** yyyy-MM-dd: the day the information was formed or changed. */
    public static final ProcessVariable<String> FORMED_ON = ProcessVariable.string("formedOn");
    public static final ProcessVariable<String> DOCUMENT_NUMBER = ProcessVariable.string("documentNumber");
    public static final ProcessVariable<String> DOCUMENT_TYPE = ProcessVariable.string("documentType");
    /** Set by the start event: the user who drafted the item. */
    public static final ProcessVariable<String> DRAFTER = ProcessVariable.string("drafter");
    /** Why a suggested draft was started, with the applications behind it (markdown for the draft form). */
    public static final ProcessVariable<String> SUGGESTION_NOTE = ProcessVariable.string("suggestionNote");
    /** Set by the drafter on the revision form: true withdraws the draft. */
    public static final ProcessVariable<Boolean> WITHDRAWN = ProcessVariable.bool("withdrawn");

    // derived by the draft check
    /** yyyy-MM-dd: 20 working days after formedOn. */
    public static final ProcessVariable<String> PUBLISH_DUE_ON = ProcessVariable.string("publishDueOn");
    /** The end of publishDueOn in the agency's time zone: the tasks' due date and the timer's moment. */
    public static final ProcessVariable<Date> PUBLISH_DUE_AT = ProcessVariable.date("publishDueAt");
    public static final ProcessVariable<String> PUBLISH_DUE_EXPLANATION = ProcessVariable.string("publishDueExplanation");
    public static final ProcessVariable<String> CATEGORY_NAME = ProcessVariable.string("categoryName");
    public static final ProcessVariable<String> DIVISION_NAME = ProcessVariable.string("divisionName");
    public static final ProcessVariable<String> DOCUMENT_TYPE_NAME = ProcessVariable.string("documentTypeName");

    // outcomes
    public static final ProcessVariable<Boolean> PUBLICATION_OVERDUE = ProcessVariable.bool("publicationOverdue");
    public static final ProcessVariable<String> INDEX_NUMBER = ProcessVariable.string("indexNumber");
    /** The index number of the published item this one corrects (a new version), or absent. */
    public static final ProcessVariable<String> REPLACES = ProcessVariable.string("replaces");
    /** Markdown for the task forms: the link to the item's staff page and its files. */
    public static final ProcessVariable<String> ITEM_FILES = ProcessVariable.string("itemFiles");
    public static final ProcessVariable<String> PUBLISHED_ON = ProcessVariable.string("publishedOn");

    private ProactiveDisclosure() {
    }
}
