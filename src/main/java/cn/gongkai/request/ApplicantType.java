package cn.gongkai.request;

/** The applicant columns of the annual report's section 三 (fixed names). */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORG("社会公益组织"),
    LEGAL_SERVICE_ORG("法律服务机构"),
    OTHER_ORG("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
