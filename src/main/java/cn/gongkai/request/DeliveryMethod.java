package cn.gongkai.request;

/** How the applicant wants to receive the information. */
public enum DeliveryMethod {
    POST("邮寄"),
    EMAIL("电子邮件"),
    PICK_UP("当面领取"),
    ONLINE("网上获取");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
