package cn.gongkai.request;

/**
 * How a decision is served and which day counts (国办公开办函〔2016〕235号, statute.md §1.3): direct
 * or agency service counts from the day the applicant signs, postal service — through the postal
 * enterprise, never cash on delivery — from the day it is handed to the post office.
 */
public enum ServiceMethod {
    DIRECT("直接送达", "申请人签收之日"),
    AGENT("委托其他机关代为送达", "申请人签收之日"),
    POST("邮政企业邮寄送达", "交邮之日"),
    ELECTRONIC("电子方式送达（申请人同意）", "发送之日");

    private final String label;
    private final String dayRule;

    ServiceMethod(String label, String dayRule) {
        this.label = label;
        this.dayRule = dayRule;
    }

    public String label() {
        return label;
    }

    /** Which day counts as the day of service. */
    public String dayRule() {
        return dayRule;
    }
}
