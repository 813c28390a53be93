package cn.gongkai.catalogue;

/** 有效性 of a published 规章 or 行政规范性文件. */
public enum Validity {
    IN_FORCE("现行有效"),
    AMENDED("已修改"),
    REPEALED("已废止");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
