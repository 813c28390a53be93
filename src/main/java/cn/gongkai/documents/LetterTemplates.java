package cn.gongkai.documents;

import cn.gongkai.system.TextTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The wording of letters: Thymeleaf text templates in {@code letters/*.txt}, one per document kind;
 * blank lines separate paragraphs. Agencies change the wording there, not in code.
 */
@Component
public class LetterTemplates {

    private final TextTemplates templates = new TextTemplates("letters");

    /** The paragraphs of the document's text for the given values. */
    public List<String> paragraphs(DocumentKind kind, Map<String, Object> values) {
        String text = templates.render(kind.template(), values);
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
