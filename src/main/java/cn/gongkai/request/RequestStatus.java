package cn.gongkai.request;

/** Where an application stands, as the applicant sees it on the tracking page. */
public enum RequestStatus {
    SUBMITTED("已提交，待确认收到"),
    NOT_ACCEPTED("未予受理"),
    IN_PROGRESS("办理中"),
    AWAITING_SUPPLEMENT("待补正"),
    CONSULTING("征求意见中"),
    AWAITING_FEE("待缴纳信息处理费"),
    REPLIED("已答复，送达中"),
    CLOSED("已办结");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
