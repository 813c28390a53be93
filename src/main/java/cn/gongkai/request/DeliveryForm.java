package cn.gongkai.request;

/** The form in which the applicant wants the information (Art. 29, 40). */
public enum DeliveryForm {
    PAPER("纸质文本"),
    ELECTRONIC("电子数据");

    private final String label;

    DeliveryForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
