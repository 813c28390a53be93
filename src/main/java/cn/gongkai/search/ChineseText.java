package cn.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Chinese text as words: Lucene's Smart Chinese analyzer (a hidden Markov model segmenter trained on
 * a large corpus) with its stop words, plus the words every application and every published item
 * share and that say nothing about what is asked ("申请", "公开", "相关", "有关", ...).
 */
@Component
public class ChineseText {

    /** Boilerplate of applications and catalogue entries; matching on them would rank noise. */
    static final List<String> BOILERPLATE = List.of(
            "申请", "申请人", "公开", "依", "政府", "信息", "政府信息", "请", "提供", "获取", "查询", "查阅", "要求",
            "相关", "有关", "关于", "本人", "我", "我们", "你们", "贵", "贵单位", "单位", "机关", "本", "该", "其",
            "情况", "内容", "材料", "文件", "资料", "一", "份", "个", "件", "等", "及", "和", "与", "或", "以及",
            "的", "了", "在", "是", "对", "为", "中", "上", "下", "年", "月", "日", "号", "第");

    private final Analyzer analyzer;

    public ChineseText() {
        CharArraySet stop = CharArraySet.copy(SmartChineseAnalyzer.getDefaultStopSet());
        stop.addAll(BOILERPLATE);
        this.analyzer = new SmartChineseAnalyzer(stop);
    }

    /** The analyzer for Lucene indexes and queries. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The words of {@code text}, in order, boilerplate and punctuation left out. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
