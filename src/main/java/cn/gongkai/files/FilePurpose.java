package cn.gongkai.files;

/**
 * Why a file is kept with a matter. Personal papers (identity proof, a scanned paper application)
 * are opened by the staff of the handling chain only, never published and never named in logs.
 */
public enum FilePurpose {
    IDENTITY_PROOF("身份证明", true),
    SUPPORTING("证明材料", false),
    SUPPLEMENT("补正材料", false),
    PAPER_SCAN("纸质申请扫描件", true);

    private final String label;
    private final boolean personal;

    FilePurpose(String label, boolean personal) {
        this.label = label;
        this.personal = personal;
    }

    public String label() {
        return label;
    }

    public boolean personal() {
        return personal;
    }
}
