package cn.gongkai.correction;

/** Who corrects the record: a division of this agency, or the competent agency (forwarded, or the applicant told). */
public enum CorrectionRoute {
    DIVISION("本机关承办处室审核"),
    FORWARD("不属于本机关职能：转送有权更正的行政机关"),
    REDIRECT("不属于本机关职能：告知申请人向有权更正的行政机关提出");

    private final String label;

    CorrectionRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
