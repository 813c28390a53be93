package cn.gongkai.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The language of the Camunda webapps ({@code gongkai.webapps.language}): {@code ZH} (the default)
 * makes Chinese the language for everyone, menus, dates and forms alike, whatever the browser asks
 * for; {@code BROWSER} follows each browser's preferred language (Chinese, or English as Camunda
 * ships it).
 */
@ConfigurationProperties("gongkai.webapps")
public record WebappProperties(@DefaultValue("ZH") Language language) {

    public enum Language { ZH, BROWSER }
}
