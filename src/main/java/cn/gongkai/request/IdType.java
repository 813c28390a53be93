package cn.gongkai.request;

/** The identity document an applicant gives (身份证明, Art. 29). */
public enum IdType {
    RESIDENT_ID("居民身份证"),
    PASSPORT("护照"),
    CREDIT_CODE("统一社会信用代码"),
    OTHER("其他证件");

    private final String label;

    IdType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
