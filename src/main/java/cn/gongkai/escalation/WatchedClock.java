package cn.gongkai.escalation;

/**
 * The clocks that get an escalation ladder: the statutory ones, the answer to a consultation and
 * the reply to a request to correct a record.
 */
public enum WatchedClock {
    PUBLICATION("主动公开期限", "在信息形成或变更之日起 20 个工作日内公开"),
    REPLY("答复期限", "答复申请人"),
    SUPPLEMENT_NOTICE("补正告知期限", "在收到申请之日起 7 个工作日内一次性告知补正"),
    CONSULTATION("征求意见期限", "第三方或相关机关在 15 个工作日内提出意见"),
    FEE_PAYMENT("缴费期限", "申请人在 20 个工作日内缴纳信息处理费"),
    CONSULTATION_ANSWER("咨询答复期限", "答复咨询人"),
    CORRECTION_REPLY("更正答复期限", "答复更正申请人");

    private final String label;
    private final String duty;

    WatchedClock(String label, String duty) {
        this.label = label;
        this.duty = duty;
    }

    public String label() {
        return label;
    }

    /** What must be done by the deadline. */
    public String duty() {
        return duty;
    }
}
