package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiServerTest;
import cn.gongkai.TestHttp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public intake endpoint against generated hostile input (malformed JSON, wrong types, huge
 * and control-character strings, emoji, HTML, Markdown, SQL, bad dates, huge numbers, broken
 * content types): no answer is a 5xx and none shows a stack trace. The seed is fixed, so a failure
 * is reproduced by running the test again; the failing request is named in the message.
 */
@GongkaiServerTest
class IntakeFuzzTest {

    static final long SEED = Long.getLong("gongkai.fuzz.seed", 20261130L);
    static final int ROUNDS_PER_ENDPOINT = Integer.getInteger("gongkai.fuzz.rounds", 60);

    static final List<String> NASTY = List.of("", " ", "null", "0", "-1", "1e309", "99999999999999999999999",
            "NaN", "true", "[]", "{}", "\u0000", "\u0007\u001b[31m", "\r\n\r\nSet-Cookie: x=1", "\uFEFF", "\uD83D\uDE00\uD83C\uDDE8\uD83C\uDDF3",
            "\uD800", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "[点此核实](https://evil.example/login)",
            "![t](https://evil.example/p.png)", "' OR '1'='1", "'; DROP TABLE disclosure_request; --", "%00%2e%2e%2f",
            "../../../../etc/passwd", "${7*7}", "#{7*7}", "{{7*7}}", "2026-02-30", "9999-12-31", "0000-01-01",
            "+100000-01-01", "2026-13-01", "20261130", "张三@qq.com；", "zhang,san@qq.com", "zhangsan@qq..com",
            "zhangsan.@qq.com", "a@b", "NATURAL_PERSON", "ONLINE", "MAILBOX", "EMAIL", "ELECTRONIC", "自然人",
            "YS2026-AAAA-BBBB-CCCC", "ZX2026-AAAA-BBBB-CCCC", "\u202Egnp.exe", "　", "。".repeat(2000), ".".repeat(2000),
            "问".repeat(3950), "a".repeat(5000), "長".repeat(100_000));
    static final List<String> REQUEST_FIELDS = List.of("applicantType", "applicantName", "idType", "idNumber", "contactPhone",
            "contactEmail", "contactAddress", "description", "documentNumber", "deliveryForm", "deliveryMethod", "channel",
            "receivedOn", "unknownField");
    static final List<String> CONSULTATION_FIELDS = List.of("channel", "name", "contactEmail", "contactPhone", "subject",
            "question", "unknownField");
    static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/json; charset=GBK", "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=x",
            "text/plain", "application/x-www-form-urlencoded", "application/xml", "*/*", "application/json;;;", "garbage");

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;

    TestHttp http;
    Random random;
    int requests;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
        random = new Random(SEED);
    }

    @Test
    void noGeneratedInputAnswers5xxOrShowsAStackTrace() {
        for (int i = 0; i < ROUNDS_PER_ENDPOINT; i++) {
            check(http.json("POST", "/api/requests", jsonObject(REQUEST_FIELDS)), "POST /api/requests");
            check(http.json("POST", "/api/consultations", jsonObject(CONSULTATION_FIELDS)), "POST /api/consultations");
            check(http.json("POST", "/api/requests/" + pathSegment() + "/supplement", jsonObject(List.of("content", "x"))),
                    "POST /api/requests/{code}/supplement");
            check(http.post("/api/requests", pick(CONTENT_TYPES), body()), "POST /api/requests (content type)");
            check(http.post("/api/consultations", pick(CONTENT_TYPES), body()), "POST /api/consultations (content type)");
            check(http.get("/api/requests/" + pathSegment()), "GET /api/requests/{code}");
            check(http.get("/api/consultations/" + pathSegment()), "GET /api/consultations/{code}");
            check(http.get("/api/catalogue?" + query("q", "category", "division", "year", "page", "size", "type")), "GET /api/catalogue");
            check(http.get("/catalogue?" + query("q", "category", "division", "year", "page", "size")), "GET /catalogue");
            check(http.get("/catalogue/feed.atom?" + query("category", "q")), "GET /catalogue/feed.atom");
            check(http.get("/api/catalogue/" + pathSegment()), "GET /api/catalogue/{index}");
            check(http.get("/api/calendar/due-date?" + query("from", "workingDays")), "GET /api/calendar/due-date");
            check(http.get("/api/reports/annual/" + pathSegment()), "GET /api/reports/annual/{year}");
            check(http.get("/reports/annual/" + pathSegment()), "GET /reports/annual/{year}");
            check(http.get("/track?" + query("code")), "GET /track");
            check(http.get("/track/" + pathSegment()), "GET /track/{code}");
            check(http.get("/consult/" + pathSegment()), "GET /consult/{code}");
            Form form = form("/apply");
            check(form.post("/apply", formBody(REQUEST_FIELDS)), "POST /apply");
            form = form("/consult");
            check(form.post("/consult", formBody(CONSULTATION_FIELDS)), "POST /consult");
            check(form.post("/track/" + pathSegment() + "/supplement", formBody(List.of("content"))), "POST /track/{code}/supplement");
        }
        assertThat(requests).isGreaterThanOrEqualTo(1000);
    }

    private void check(TestHttp.Call call, String endpoint) {
        HttpResponse<String> response = call.send();
        requests++;
        String body = response.body() == null ? "" : response.body();
        assertThat(response.statusCode()).as("%s answered %s: %s", endpoint, response.statusCode(), abbreviate(body))
                .isLessThan(500);
        assertThat(body).as("%s shows a stack trace", endpoint)
                .doesNotContain("\tat ").doesNotContain("at cn.gongkai.").doesNotContain("Exception:")
                .doesNotContain("\"trace\"");
    }

    private String jsonObject(List<String> fields) {
        int shape = random.nextInt(10);
        if (shape == 0) {
            return pick(List.of("", "{", "}", "[", "[]", "null", "42", "\"x\"", "{\"a\":", "{\"a\" 1}", "{,}", "{\"a\":1,,}",
                    "\u0000", "{\"applicantType\":\"NATURAL_PERSON\"", "[" + "[".repeat(5000)));
        }
        StringBuilder sb = new StringBuilder("{");
        int n = 1 + random.nextInt(fields.size());
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(json(pick(fields))).append(':').append(jsonValue());
        }
        return sb.append('}').toString();
    }

    private String jsonValue() {
        return switch (random.nextInt(8)) {
            case 0 -> pick(List.of("null", "true", "false", "0", "-1", "1e309", "123456789012345678901234567890", "1.5"));
            case 1 -> "[" + json(pick(NASTY)) + "," + random.nextInt() + "]";
            case 2 -> "{\"nested\":" + json(pick(NASTY)) + "}";
            default -> json(pick(NASTY) + (random.nextBoolean() ? "" : pick(NASTY)));
        };
    }

    private String body() {
        return random.nextBoolean() ? jsonObject(REQUEST_FIELDS) : formBody(REQUEST_FIELDS);
    }

    private String formBody(List<String> fields) {
        List<String> pairs = new ArrayList<>();
        int n = 1 + random.nextInt(fields.size());
        for (int i = 0; i < n; i++) {
            pairs.add(url(pick(fields)) + "=" + url(pick(NASTY)));
        }
        if (random.nextInt(8) == 0) {
            pairs.add("%zz=%");
        }
        return String.join("&", pairs);
    }

    private String query(String... names) {
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            if (random.nextBoolean()) {
                pairs.add(url(name) + "=" + url(pick(NASTY)));
            }
        }
        return String.join("&", pairs);
    }

    private String pathSegment() {
        String raw = pick(NASTY);
        if (raw.length() > 300) {
            raw = raw.substring(0, 300);
        }
        return raw.isEmpty() ? "x" : URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    /** A form page's CSRF cookie and token, as a browser holds them. */
    private Form form(String page) {
        HttpResponse<String> response = http.get(page).send();
        String cookie = response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("GONGKAI-CSRF=")).findFirst().orElseThrow();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as("token on %s", page).isTrue();
        return new Form(cookie, token.group(1));
    }

    private final class Form {

        private final String cookie;
        private final String token;

        Form(String cookie, String token) {
            this.cookie = cookie;
            this.token = token;
        }

        TestHttp.Call post(String path, String body) {
            return http.post(path, "application/x-www-form-urlencoded", body + "&_csrf=" + url(token)).header("Cookie", cookie);
        }
    }
}
