package cn.gongkai.files;

/**
 * Why a file is kept with a matter. Personal papers (identity proof, a scanned paper application)
 * are opened by the staff of the handling chain only, never published and never named in logs.
 */
public enum FilePurpose {
    IDENTITY_PROOF("身份证明", true),
    SUPPORTING("证明材料", false),
    SUPPLEMENT("补正材料", false),
    PAPER_SCAN("纸质申请扫描件", true),
    /** What a reply hands over (the disclosed documents, or their redacted parts, Art. 37). */
    PROVIDED("提供的政府信息", false),
    /** A proactive item's signed document (PDF, OFD or Word): its text is the item's full text. */
    SIGNED_DOCUMENT("正式文件", false, true),
    /** A proactive item's annex (附件): a table, an image, another document. */
    ANNEX("附件", false, true);

    private final String label;
    private final boolean personal;
    private final boolean published;

    FilePurpose(String label, boolean personal) {
        this(label, personal, false);
    }

    FilePurpose(String label, boolean personal, boolean published) {
        this.label = label;
        this.personal = personal;
        this.published = published;
    }

    /** Published with its item in the catalogue once the item is published. */
    public boolean published() {
        return published;
    }

    public String label() {
        return label;
    }

    public boolean personal() {
        return personal;
    }
}
