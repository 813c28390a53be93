package cn.gongkai.request;

/**
 * How an application reached the agency, and which day counts as its receipt (2019 Regs Art. 31;
 * 国办公开办函〔2015〕207号).
 */
public enum Channel {
    ONLINE("网上申请", "双方确认之日（公开办在系统中确认收到之日）"),
    IN_PERSON("当面提交", "提交当日"),
    REGISTERED_MAIL("挂号信（需签收）", "本机关签收之日"),
    ORDINARY_MAIL("平信（无需签收）", "与申请人确认之日"),
    FAX("传真", "双方确认之日"),
    EMAIL("电子邮件", "邮件系统收到之日");

    private final String label;
    private final String receiptRule;

    Channel(String label, String receiptRule) {
        this.label = label;
        this.receiptRule = receiptRule;
    }

    public String label() {
        return label;
    }

    /** Which day counts as the receipt date for this channel. */
    public String receiptRule() {
        return receiptRule;
    }
}
