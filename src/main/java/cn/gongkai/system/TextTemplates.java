package cn.gongkai.system;

import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain-text Thymeleaf templates from one classpath folder ({@code letters/}, {@code mail/}):
 * the wording agencies change without touching code.
 */
public final class TextTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    /** Templates {@code <folder>/<name>.txt}, UTF-8, cached. */
    public TextTemplates(String folder) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(folder + "/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    public String render(String name, Map<String, Object> values) {
        return engine.process(name, new Context(null, values));
    }
}
