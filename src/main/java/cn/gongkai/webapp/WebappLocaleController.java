package cn.gongkai.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Camunda webapps (Tasklist, Cockpit, Admin, Welcome) in Chinese for our staff.
 *
 * <ul>
 * <li>{@code /camunda/app/<app>/locales/zh.json}: the webapp's own English labels with our Chinese
 * translations laid over them ({@code webapp-i18n/zh/<app>.json}), so that a label we have not
 * translated, or one a newer Camunda adds, shows in English rather than as a raw key.</li>
 * <li>{@code /camunda/app/<app>/scripts/config.js}: the webapp's own configuration with Chinese
 * added and the application's Chinese name. By default ({@link WebappProperties}) Chinese is the only
 * language, so menus, dates and forms never mix languages; an agency may let each browser choose
 * (Chinese or English).</li>
 * <li>{@code /camunda/app/<app>/styles/user-styles.css}: the webapps' hook for custom styles.</li>
 * </ul>
 */
@RestController
class WebappLocaleController {

    static final Set<String> APPS = Set.of("tasklist", "cockpit", "admin", "welcome");
    static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
    static final String CHINESE_FOR_EVERYONE = "locales: { availableLocales: ['zh'], fallbackLocale: 'zh' },";
    static final String BROWSERS_CHOICE = "locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' },";
    /** How the forms script decides its language: from the browser, unless Chinese is for everyone. */
    static final String BROWSER_LANGUAGE_LINE =
            "const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').split('-')[0].toLowerCase();";
    /** Tasklist loads our Chinese for the Camunda Forms (see {@code webapp-i18n/forms-zh.js}). */
    static final String FORMS_SCRIPT = "customScripts: ['scripts/forms-zh'],";
    /** The names the login pages and the header show. */
    static final Map<String, String> NAMES = Map.of("tasklist", "任务列表", "cockpit", "监控台", "admin", "系统管理",
            "welcome", "欢迎");

    private final ObjectMapper json;
    private final WebappProperties.Language language;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    WebappLocaleController(ObjectMapper json, WebappProperties properties) {
        this.json = json;
        this.language = properties.language();
    }

    @GetMapping(value = "/camunda/app/{app}/locales/zh.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> locale(@PathVariable String app) {
        check(app);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .body(cache.computeIfAbsent(app + ".json", k -> merged(app)));
    }

    @GetMapping(value = "/camunda/app/{app}/scripts/config.js", produces = "application/javascript")
    ResponseEntity<byte[]> config(@PathVariable String app) {
        check(app);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/javascript;charset=UTF-8"))
                .body(cache.computeIfAbsent(app + ".js", k -> configured(app)));
    }

    /** Our additions to the webapps' look: the Camunda 7 end-of-life banner is for operators, not staff. */
    @GetMapping(value = "/camunda/app/{app}/styles/user-styles.css", produces = "text/css")
    ResponseEntity<byte[]> styles(@PathVariable String app) {
        check(app);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/css;charset=UTF-8"))
                .body(read(new ClassPathResource("webapp-i18n/user-styles.css")));
    }

    /** The Camunda Forms' validation messages and date picker in Chinese, loaded by Tasklist as a custom script. */
    @GetMapping(value = "/camunda/app/tasklist/scripts/forms-zh.js", produces = "application/javascript")
    ResponseEntity<byte[]> formsScript() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("application/javascript;charset=UTF-8"))
                .body(cache.computeIfAbsent("forms-zh.js", k -> formsScriptFor(language)));
    }

    /**
     * The webapp's English labels with ours laid over them: first the app's own translations, then,
     * for a label it shares word for word with another webapp, that webapp's translation.
     */
    byte[] merged(String app) {
        try {
            ObjectNode english = (ObjectNode) json.readTree(strip(read(WEBJAR + app + "/locales/en.json")));
            ObjectNode labels = (ObjectNode) english.get("labels");
            Map<String, String> memory = memory();
            ObjectNode own = translations(app);
            for (Iterator<String> keys = labels.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                if (own.has(key)) {
                    labels.put(key, own.get(key).asText());
                } else if (memory.containsKey(labels.get(key).asText())) {
                    labels.put(key, memory.get(labels.get(key).asText()));
                }
            }
            if (english.has("dateLocales")) {
                english.set("dateLocales", json.readTree(read(new ClassPathResource("webapp-i18n/zh/date-locales.json"))));
            }
            return json.writeValueAsBytes(english);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Chinese labels of " + app, e);
        }
    }

    /** English text → our Chinese, from every webapp we translated. */
    private Map<String, String> memory() throws IOException {
        Map<String, String> memory = new java.util.HashMap<>();
        for (String app : new java.util.TreeSet<>(APPS)) {
            ObjectNode labels = (ObjectNode) json.readTree(strip(read(WEBJAR + app + "/locales/en.json"))).get("labels");
            ObjectNode own = translations(app);
            for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = own.fields(); it.hasNext();) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
                if (labels.has(e.getKey())) {
                    memory.putIfAbsent(labels.get(e.getKey()).asText(), e.getValue().asText());
                }
            }
        }
        return memory;
    }

    private ObjectNode translations(String app) throws IOException {
        ClassPathResource ours = new ClassPathResource("webapp-i18n/zh/" + app + ".json");
        return ours.exists() ? (ObjectNode) json.readTree(read(ours)) : json.createObjectNode();
    }

    /** The forms script; with Chinese for everyone it does not ask the browser. */
    static byte[] formsScriptFor(WebappProperties.Language language) {
        String script = new String(read(new ClassPathResource("webapp-i18n/forms-zh.js")), StandardCharsets.UTF_8);
        if (!script.contains(BROWSER_LANGUAGE_LINE)) {
            throw new IllegalStateException("forms-zh.js no longer decides its language as expected");
        }
        return (language == WebappProperties.Language.ZH
                ? script.replace(BROWSER_LANGUAGE_LINE, "const language = 'zh'; // gongkai.webapps.language=ZH")
                : script).getBytes(StandardCharsets.UTF_8);
    }

    byte[] configured(String app) {
        String original = new String(read(WEBJAR + app + "/scripts/config.js"), StandardCharsets.UTF_8);
        if (!original.contains("export default {")) {
            throw new IllegalStateException("unexpected config.js of " + app);
        }
        String name = "app: { name: '" + NAMES.get(app) + "', vendor: '政府信息公开' },";
        String scripts = "tasklist".equals(app) ? "\n  " + FORMS_SCRIPT : "";
        String locales = language == WebappProperties.Language.ZH ? CHINESE_FOR_EVERYONE : BROWSERS_CHOICE;
        return original.replaceFirst("export default \\{", "export default {\n  " + locales + "\n  " + name + scripts)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void check(String app) {
        if (!APPS.contains(app)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }

    private static byte[] read(String path) {
        return read(new ClassPathResource(path));
    }

    private static byte[] read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getPath(), e);
        }
    }

    /** Camunda's locale files start with a byte-order mark. */
    private static byte[] strip(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
