package cn.gongkai.screening;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The confidentiality pre-screen's configurable parts: {@code terms} are flagged wherever they
 * appear (sensitive words of the agency's own), {@code internalNotices} are the phrases that mark
 * a document as internal.
 */
@ConfigurationProperties("gongkai.screening")
public record ScreeningProperties(
        @DefaultValue({}) List<String> terms,
        @DefaultValue({"内部资料", "内部文件", "内部使用", "内部发行", "内部参考", "内部刊物", "注意保存", "不得外传",
                "不得翻印", "工作秘密"}) List<String> internalNotices) {
}
