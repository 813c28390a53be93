package cn.gongkai.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The kind of document an item is, as counted in section 二 of the annual report. */
public enum DocumentType {
    REGULATION("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    OTHER("其他");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentType> parse(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }
}
