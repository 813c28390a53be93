package cn.gongkai.consultation;

/** How a consultation reached the agency (fixed names); the public API takes ONLINE and MAILBOX. */
public enum ConsultationChannel {
    ONLINE("网上咨询"),
    MAILBOX("主任信箱"),
    LETTER("来信"),
    PHONE("来电"),
    IN_PERSON("当面咨询");

    private final String label;

    ConsultationChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public submits it themselves (portal and API) rather than staff registering it. */
    public boolean online() {
        return this == ONLINE || this == MAILBOX;
    }
}
