package cn.gongkai.request;

/** The groups of outcome rows in section 三 of the 2021 annual-report format. */
public enum OutcomeGroup {
    DISCLOSED("（一）予以公开"),
    PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_PROCESSED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String row;

    OutcomeGroup(String row) {
        this.row = row;
    }

    /** The row label, verbatim from the format. */
    public String row() {
        return row;
    }
}
