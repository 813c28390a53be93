package cn.gongkai.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The wording of letters: Thymeleaf text templates in {@code letters/*.txt}, one per document kind;
 * blank lines separate paragraphs. Agencies change the wording there, not in code.
 */
@Component
class LetterTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    LetterTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("letters/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The paragraphs of the document's text for the given values. */
    List<String> paragraphs(DocumentKind kind, Map<String, Object> values) {
        String text = engine.process(kind.template(), new Context(null, values));
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.replace("\r", "").split("\n\\s*\n")) {
            String paragraph = block.strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
