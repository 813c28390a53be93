package cn.gongkai.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo agency's people: created at start when {@code enabled} (the embedded default), never
 * in production unless asked for.
 */
@ConfigurationProperties("gongkai.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("demo") String password,
        @DefaultValue("gongkai.example") String emailDomain) {
}
