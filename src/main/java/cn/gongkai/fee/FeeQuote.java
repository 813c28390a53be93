package cn.gongkai.fee;

import java.util.List;

/** An information-processing fee (信息处理费) with the bands that make it up, in yuan. */
public record FeeQuote(FeeMethod method, long amountYuan, List<String> explanation) {
}
