package cn.gongkai.search;

import java.time.LocalDate;

/**
 * A published text that matches an application's wording: a catalogue item (by its index number)
 * or a published question and answer (by its number).
 *
 * @param relevance the match's score relative to the best match, 1.0 for the best
 */
public record PublicMatch(Kind kind, String reference, String title, LocalDate publishedOn, String division,
        String path, double relevance) {

    public enum Kind {
        ITEM("主动公开目录"),
        QA("咨询问答");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
