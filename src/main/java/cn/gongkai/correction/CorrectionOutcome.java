package cn.gongkai.correction;

/** How a request to correct a record (Art. 41) ends. */
public enum CorrectionOutcome {
    CORRECTED("予以更正", "经审核，您（单位）提供的证据能够证明本机关提供的与您（单位）自身相关的政府信息记录不准确，本机关已予以更正"),
    NOT_VERIFIED("不予更正", "经审核，您（单位）提供的证据不能证明本机关提供的与您（单位）自身相关的政府信息记录不准确，本机关不予更正"),
    FORWARDED("转送有权机关", "该政府信息记录的更正不属于本机关职能范围，本机关已转送有权更正的行政机关处理"),
    REDIRECTED("告知向有权机关提出", "该政府信息记录的更正不属于本机关职能范围，请向有权更正的行政机关提出");

    private final String label;
    private final String finding;

    CorrectionOutcome(String label, String finding) {
        this.label = label;
        this.finding = finding;
    }

    public String label() {
        return label;
    }

    /** The sentence of the reply that states the finding. */
    public String finding() {
        return finding;
    }
}
