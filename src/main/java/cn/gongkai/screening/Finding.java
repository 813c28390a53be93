package cn.gongkai.screening;

/**
 * Something the pre-screen found: what kind, in which field and line, and an excerpt around it
 * (personal numbers masked, so the report itself does not spread them).
 */
public record Finding(Kind kind, String field, int line, String match, String excerpt) {

    public enum Kind {
        CLASSIFICATION_MARK("密级标志"),
        INTERNAL_NOTICE("内部事项提示"),
        RESIDENT_ID("居民身份证号码"),
        MOBILE_NUMBER("手机号码"),
        BANK_CARD("银行卡号"),
        TERM("敏感词");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
