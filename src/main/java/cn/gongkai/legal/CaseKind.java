package cn.gongkai.legal;

/** The three groups of section 四: a reconsideration, a lawsuit brought directly, a lawsuit after reconsideration. */
public enum CaseKind {
    RECONSIDERATION("行政复议"),
    LAWSUIT_DIRECT("行政诉讼（未经复议直接起诉）"),
    LAWSUIT_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    CaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean lawsuit() {
        return this != RECONSIDERATION;
    }
}
