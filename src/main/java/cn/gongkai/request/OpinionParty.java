package cn.gongkai.request;

/** Whom the agency consults before deciding (2019 Regs Arts. 32, 34). */
public enum OpinionParty {
    /** Art. 32: a third party whose rights may be harmed; no answer in 15 working days → the agency decides. */
    THIRD_PARTY("征求第三方意见"),
    /** Art. 34: an agency that made the information jointly; no answer in 15 working days counts as consent. */
    CO_PRODUCER("征求共同制作机关意见");

    private final String label;

    OpinionParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
