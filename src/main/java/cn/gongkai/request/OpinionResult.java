package cn.gongkai.request;

/** What came of a consultation. */
public enum OpinionResult {
    AGREED("同意公开"),
    OBJECTED("不同意公开"),
    PARTLY_AGREED("部分同意公开"),
    /** Art. 32: the third party did not answer in time; the agency decides under the Regulations. */
    NO_ANSWER("逾期未提出意见，由本机关依法决定"),
    /** Art. 34: the co-producing agency did not answer in time; this counts as consent to disclosure. */
    DEEMED_CONSENT("逾期未提出意见，视为同意公开");

    private final String label;

    OpinionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
