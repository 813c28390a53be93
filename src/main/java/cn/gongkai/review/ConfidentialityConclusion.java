package cn.gongkai.review;

import java.util.Arrays;
import java.util.Optional;

/** The conclusions a confidentiality reviewer (保密审查) can record. */
public enum ConfidentialityConclusion {
    PUBLISHABLE("可以公开", true),
    REVISE_BEFORE_PUBLISHING("须修改后公开", false),
    NOT_PUBLISHABLE("不宜公开", false),
    REFER_TO_SECRECY_AUTHORITY("须报请保密行政管理部门确定", false);

    private final String label;
    private final boolean approves;

    ConfidentialityConclusion(String label, boolean approves) {
        this.label = label;
        this.approves = approves;
    }

    public String label() {
        return label;
    }

    /** Whether this conclusion goes with approving (true) or sending back (false). */
    public boolean approves() {
        return approves;
    }

    public static Optional<ConfidentialityConclusion> parse(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
