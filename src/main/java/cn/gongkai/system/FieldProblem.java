package cn.gongkai.system;

/** One bad input field: its name as the caller sent it, and what is wrong, in Chinese. */
public record FieldProblem(String field, String message) {
}
