package cn.gongkai.review;

import cn.gongkai.process.ProcessVariable;

/** The variables every decision task (review or approval) works with. */
public final class ReviewVariables {

    /** The decision: true approves, false sends back. */
    public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.bool("approved");
    /** The reviewer's comment; required when sending back. */
    public static final ProcessVariable<String> COMMENT = ProcessVariable.string("comment");
    /** Every decision so far, oldest first, as shown on later forms. */
    public static final ProcessVariable<String> REVIEW_HISTORY = ProcessVariable.string("reviewHistory");
    /** The step that last sent the matter back, and its comment. */
    public static final ProcessVariable<String> LAST_REJECTION_STEP = ProcessVariable.string("lastRejectionStep");
    public static final ProcessVariable<String> LAST_REJECTION_COMMENT = ProcessVariable.string("lastRejectionComment");

    /** The confidentiality reviewer's conclusion ({@link ConfidentialityConclusion}) and basis. */
    public static final ProcessVariable<String> CONFIDENTIALITY_CONCLUSION = ProcessVariable.string("confidentialityConclusion");
    public static final ProcessVariable<String> CONFIDENTIALITY_BASIS = ProcessVariable.string("confidentialityBasis");
    /** The automated pre-screen's report and number of findings, shown to the reviewer. */
    public static final ProcessVariable<String> SCREENING_REPORT = ProcessVariable.string("screeningReport");
    public static final ProcessVariable<Integer> SCREENING_FINDINGS = ProcessVariable.integer("screeningFindings");

    private ReviewVariables() {
    }
}
