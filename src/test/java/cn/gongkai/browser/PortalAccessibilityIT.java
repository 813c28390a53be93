package cn.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.request.DisclosureRequest;
import cn.gongkai.request.RequestDriver;
import cn.gongkai.request.RequestIntake;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal's pages pass axe-core's WCAG 2.1 A and AA checks and fit a phone's screen
 * without sideways scrolling. Screenshots of the phone view land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
class PortalAccessibilityIT {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** A common phone: 375 × 812 CSS pixels. */
    static final int PHONE_WIDTH = 375;

    static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure failures = new ScreenshotOnFailure(() -> browser);

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;

    Map<String, String> pages;

    @BeforeEach
    void pages() {
        DisclosureRequest application = intake.submitOnline(RequestDriver.application("本委2025年度部门决算（无障碍测试）"));
        pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("apply", "/apply");
        pages.put("apply-errors", null); // the application form after a bad submission, reached below
        pages.put("track", "/track/" + application.trackingCode());
        pages.put("catalogue", "/catalogue");
        pages.put("annual-report", "/reports/annual/2025");
        pages.put("consult", "/consult");
        pages.put("consultations", "/consultations");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPortalPagePassesTheWcagChecks() {
        Browser b = browser();
        b.resize(1366, 900);
        Map<String, String> violations = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            open(b, name, path);
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(b.driver());
            assertThat(results.getPasses()).as("axe-core ran on %s", name).isNotEmpty();
            if (!results.getViolations().isEmpty()) {
                violations.put(name, results.getViolations().stream().map(PortalAccessibilityIT::describe)
                        .collect(Collectors.joining("; ")));
            }
        });
        assertThat(violations).as("accessibility violations").isEmpty();
    }

    /** The control: the same check does find a field without a label and a page too wide for a phone. */
    @Test
    void theChecksCatchAnUnlabelledFieldAndAPageTooWide() {
        Browser b = browser();
        b.resize(PHONE_WIDTH, 812);
        b.driver().get("data:text/html;charset=utf-8,<html lang='zh-CN'><head><title>对照</title></head><body><main>"
                + "<h1>对照</h1><input type='text'><div style='width:800px'>宽</div></main></body></html>");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(b.driver());
        assertThat(results.getViolations()).extracting(Rule::getId).contains("label");
        assertThat(((Number) b.script("return document.documentElement.scrollWidth")).intValue()).isGreaterThan(PHONE_WIDTH);
    }

    @Test
    void everyPortalPageFitsAPhoneScreen() {
        Browser b = browser();
        b.resize(PHONE_WIDTH, 812);
        Map<String, Long> tooWide = new LinkedHashMap<>();
        pages.forEach((name, path) -> {
            open(b, name, path);
            assertThat(((Number) b.script("return window.innerWidth")).intValue()).as("phone viewport").isEqualTo(PHONE_WIDTH);
            long width = ((Number) b.script("return document.documentElement.scrollWidth")).longValue();
            if (width > PHONE_WIDTH) {
                tooWide.put(name, width);
            }
            b.screenshot("phone-" + name);
        });
        assertThat(tooWide).as("pages wider than the phone (CSS pixels)").isEmpty();
    }

    private static void open(Browser b, String name, String path) {
        if (path != null) {
            b.get(path);
            return;
        }
        b.get("/apply");
        b.click(By.xpath("//button[normalize-space()='提交申请']"));
        b.visible(By.id("error-summary"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ") at " + rule.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", "));
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
        }
        return browser;
    }
}
