package cn.gongkai.fee;

/** The two methods of 国办函〔2020〕109号 Art. 3; one per application, never both. */
public enum FeeMethod {
    /** Art. 4: by the number of items the applicant asked for in the calendar month. */
    PER_ITEM("按件计收"),
    /** Art. 5: by the pages of one application. */
    PER_VOLUME("按量计收");

    private final String label;

    FeeMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
