package cn.gongkai.request;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an application was handled: one code per row of section 三 of the 2021 annual-report format
 * (国办公开办函〔2021〕30号), with the row label verbatim, a short name for letters and forms, and
 * the default legal basis in the 2019 Regulations (statute.md §2; where the article is not
 * settled, the basis says so and staff complete it).
 */
public enum Outcome {
    DISCLOSED(OutcomeGroup.DISCLOSED, "（一）予以公开", "予以公开",
            "《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开",
            "《中华人民共和国政府信息公开条例》第三十七条"),
    WITHHELD_STATE_SECRET(OutcomeGroup.WITHHELD, "1.属于国家秘密", "不予公开（属于国家秘密）",
            "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
    WITHHELD_LAW_PROHIBITED(OutcomeGroup.WITHHELD, "2.其他法律行政法规禁止公开", "不予公开（法律、行政法规禁止公开）",
            "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
    WITHHELD_SECURITY_STABILITY(OutcomeGroup.WITHHELD, "3.危及“三安全一稳定”", "不予公开（危及“三安全一稳定”）",
            "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
    WITHHELD_THIRD_PARTY(OutcomeGroup.WITHHELD, "4.保护第三方合法权益", "不予公开（保护第三方合法权益）",
            "《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项"),
    WITHHELD_INTERNAL_AFFAIRS(OutcomeGroup.WITHHELD, "5.属于三类内部事务信息", "不予公开（属于内部事务信息）",
            "《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项"),
    WITHHELD_PROCESS_INFO(OutcomeGroup.WITHHELD, "6.属于四类过程性信息", "不予公开（属于过程性信息）",
            "《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项"),
    WITHHELD_ENFORCEMENT_FILE(OutcomeGroup.WITHHELD, "7.属于行政执法案卷", "不予公开（属于行政执法案卷信息）",
            "《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项"),
    WITHHELD_ADMIN_QUERY(OutcomeGroup.WITHHELD, "8.属于行政查询事项", "不予公开（属于行政查询事项）",
            "《中华人民共和国政府信息公开条例》第三十六条第（七）项（请承办人补充具体依据）"),
    UNAVAILABLE_NOT_HELD(OutcomeGroup.UNAVAILABLE, "1.本机关不掌握相关政府信息", "无法提供（本机关不掌握相关政府信息）",
            "《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项"),
    UNAVAILABLE_NEEDS_CREATION(OutcomeGroup.UNAVAILABLE, "2.没有现成信息需要另行制作", "无法提供（没有现成信息，需要另行制作）",
            "《中华人民共和国政府信息公开条例》第三十八条"),
    UNAVAILABLE_STILL_UNCLEAR(OutcomeGroup.UNAVAILABLE, "3.补正后申请内容仍不明确", "无法提供（补正后申请内容仍不明确）",
            "《中华人民共和国政府信息公开条例》第三十条"),
    NOT_PROCESSED_PETITION(OutcomeGroup.NOT_PROCESSED, "1.信访举报投诉类申请", "不予处理（信访、举报、投诉类申请）",
            "《中华人民共和国政府信息公开条例》第三十九条第一款"),
    NOT_PROCESSED_REPEAT(OutcomeGroup.NOT_PROCESSED, "2.重复申请", "不予处理（重复申请）",
            "《中华人民共和国政府信息公开条例》第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(OutcomeGroup.NOT_PROCESSED, "3.要求提供公开出版物", "不予处理（要求提供公开出版物）",
            "《中华人民共和国政府信息公开条例》第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(OutcomeGroup.NOT_PROCESSED, "4.无正当理由大量反复申请", "不予处理（无正当理由大量反复申请）",
            "《中华人民共和国政府信息公开条例》第三十五条"),
    NOT_PROCESSED_CONFIRMATION(OutcomeGroup.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息",
            "不予处理（要求确认或重新出具已获取信息）",
            "《中华人民共和国政府信息公开条例》的有关规定（本项依据待核实，请承办人补充）"),
    OTHER_SUPPLEMENT_OVERDUE(OutcomeGroup.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "不再处理（逾期未补正，视为放弃申请）", "《中华人民共和国政府信息公开条例》第三十条"),
    OTHER_FEE_UNPAID(OutcomeGroup.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "不再处理（逾期未缴纳信息处理费，视为放弃申请）",
            "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
    OTHER(OutcomeGroup.OTHER, "3.其他", "其他处理", "");

    private final OutcomeGroup group;
    private final String reportRow;
    private final String label;
    private final String defaultLegalBasis;

    Outcome(OutcomeGroup group, String reportRow, String label, String defaultLegalBasis) {
        this.group = group;
        this.reportRow = reportRow;
        this.label = label;
        this.defaultLegalBasis = defaultLegalBasis;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The row label in section 三 of the annual report, verbatim. */
    public String reportRow() {
        return reportRow;
    }

    /** A short Chinese name for forms, letters and the tracking page. */
    public String label() {
        return label;
    }

    public String defaultLegalBasis() {
        return defaultLegalBasis;
    }

    /** Outcomes that the process sets by itself when a period runs out; staff do not choose them. */
    public boolean setByProcess() {
        return this == OTHER_SUPPLEMENT_OVERDUE || this == OTHER_FEE_UNPAID;
    }

    /** Whether information is released to the applicant (in full or in part). */
    public boolean releasesInformation() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED;
    }

    public static Optional<Outcome> parse(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst();
    }
}
