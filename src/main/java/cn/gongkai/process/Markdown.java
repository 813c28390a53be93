package cn.gongkai.process;

/**
 * Text for the markdown that Camunda Forms show on tasks: what the public or staff wrote is shown
 * as written, never as markup (no links, no images), and a task text always fits the engine's
 * 4,000-character limit for text variables.
 */
public final class Markdown {

    /** The most a task text may hold: the engine's limit with room to spare. */
    public static final int MAX_TASK_TEXT = 3800;
    /** The most of one piece of public text (a description, a question) shown in a task's summary. */
    public static final int MAX_QUOTE = 1000;

    static final String CUT = "……（内容较长，全文见档案）";

    private Markdown() {
    }

    /** Escapes every markdown character; line breaks become spaces. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()#+-.!|<>~".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }

    /** A quotation of public text: at most {@link #MAX_QUOTE} characters of it, escaped. */
    public static String quote(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePointCount(0, text.length()) <= MAX_QUOTE) {
            return escape(text);
        }
        return escape(text.substring(0, text.offsetByCodePoints(0, MAX_QUOTE))) + CUT;
    }

    /** The task text cut to {@link #MAX_TASK_TEXT} characters at a line break (or a character), marked as cut. */
    public static String fit(String markdown) {
        if (markdown == null || markdown.length() <= MAX_TASK_TEXT) {
            return markdown;
        }
        String head = markdown.substring(0, MAX_TASK_TEXT - CUT.length() - 1);
        int line = head.lastIndexOf('\n');
        if (line > head.length() / 2) {
            head = head.substring(0, line);
        } else {
            int slashes = 0;
            while (slashes < head.length() && head.charAt(head.length() - 1 - slashes) == '\\') {
                slashes++;
            }
            if (slashes % 2 == 1) { // never leave half an escape
                head = head.substring(0, head.length() - 1);
            }
            if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
                head = head.substring(0, head.length() - 1);
            }
        }
        return head + "\n" + CUT;
    }
}
