package cn.gongkai.request;

/**
 * Why the reply deadline is moved: an extension (Art. 33 para 2: at most 20 working days, once,
 * with the disclosure-office head's consent) or a delayed reply period for an excessive volume or
 * frequency of applications whose reasons are reasonable (Art. 35 second branch).
 */
public enum ExtensionBasis {
    ART_33("延长答复期限（条例第三十三条第二款）"),
    ART_35("申请数量、频次明显超过合理范围且理由合理，确定延迟答复期限（条例第三十五条）");

    private final String label;

    ExtensionBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
