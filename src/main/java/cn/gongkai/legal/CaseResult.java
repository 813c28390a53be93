package cn.gongkai.legal;

/** The result columns of section 四, in the format's order (总计 is their sum). */
public enum CaseResult {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    CaseResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
