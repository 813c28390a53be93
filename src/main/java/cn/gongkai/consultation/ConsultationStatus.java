package cn.gongkai.consultation;

/** Where a consultation stands, as the asker sees it. */
public enum ConsultationStatus {
    RECEIVED("已收到，正在办理"),
    ANSWERED("已答复");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
