package cn.gongkai.documents;

/** The documents an application (or a request to correct a record) produces. */
public enum DocumentKind {
    SUPPLEMENT_NOTICE("补正告知书", "supplement-notice"),
    EXTENSION_NOTICE("延期答复告知书", "extension-notice"),
    CONSULTATION_LETTER("征求意见书", "consultation-letter"),
    FEE_NOTICE("收费通知书", "fee-notice"),
    REPLY("政府信息公开申请答复书", "reply"),
    CORRECTION_REPLY("更正申请答复书", "correction-reply");

    private final String title;
    private final String template;

    DocumentKind(String title, String template) {
        this.title = title;
        this.template = template;
    }

    public String title() {
        return title;
    }

    /** The text template under {@code letters/} that words this document. */
    public String template() {
        return template;
    }
}
