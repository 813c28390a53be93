package cn.gongkai.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, in Simplified
 * Chinese. Nothing is downloaded: the binaries come from {@code CHROME_BIN} and {@code CHROMEDRIVER}
 * (default {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}). Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);
    /** How long a click may take to show its effect before it is taken as lost and made again. */
    static final Duration RECLICK = Duration.ofSeconds(4);

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(String baseUrl) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + chromium + ", " + chromedriver + "): apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--accept-lang=zh-CN", "--window-size=1366,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Shanghai")) // the agency's time zone, as on staff desktops
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // A desktop set to Chinese: headless Chromium's Intl defaults to en-US whatever --lang says,
        // and the forms' date fields take their format (yyyy/M/d in Chinese) from it.
        driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
        return new Browser(driver, baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void get(String path) {
        driver.get(url(path));
    }

    public <T> T await(ExpectedCondition<T> condition) {
        return await(String.valueOf(condition), condition::apply);
    }

    /**
     * Waits until the condition holds. When it never does, the failure says what was awaited and
     * what the browser showed: its address, the webapp's notifications and the console's errors
     * (failed requests among them), so that a CI log alone explains it.
     */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).withMessage(what).ignoring(RuntimeException.class).until(condition::apply);
        } catch (TimeoutException e) {
            throw new TimeoutException(what + " (" + WAIT.toSeconds() + " s)\n" + diagnostics(), e);
        }
    }

    /**
     * Clicks the first visible element matching the locator until {@code done} holds, clicking
     * again when a click shows no effect within {@link #RECLICK} (a click that landed while the
     * page re-rendered the element is lost). Only for clicks that may safely be repeated.
     */
    public <T> T clickUntil(By by, String what, Function<WebDriver, T> done) {
        Instant[] lastClick = {Instant.MIN};
        return await(what, d -> {
            T result = done.apply(d);
            if (result != null && !Boolean.FALSE.equals(result)) {
                return result;
            }
            if (Duration.between(lastClick[0], Instant.now()).compareTo(RECLICK) > 0) {
                d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(element -> {
                    lastClick[0] = Instant.now();
                    click(element);
                });
            }
            return null;
        });
    }

    /** What the browser shows: address, notifications, and the console's warnings and errors. */
    public String diagnostics() {
        StringBuilder out = new StringBuilder();
        try {
            out.append("  at: ").append(driver.getCurrentUrl()).append('\n');
            String notes = driver.findElements(By.cssSelector(".notifications, .alert, .notice")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).reduce((a, b) -> a + " | " + b).orElse("");
            out.append("  notifications: ").append(notes.isBlank() ? "(none)" : notes.replace('\n', ' ')).append('\n');
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    out.append("  console ").append(entry.getLevel()).append(": ").append(entry.getMessage()).append('\n');
                }
            }
        } catch (RuntimeException e) {
            out.append("  (no diagnostics: ").append(String.valueOf(e.getMessage()).lines().findFirst().orElse("")).append(")\n");
        }
        return out.toString();
    }

    /** The first visible element matching the locator, once there is one. */
    public WebElement visible(By by) {
        return await("visible: " + by, d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Scrolls the element to the middle of the screen (clear of sticky bars) and clicks it. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        element.click();
    }

    /**
     * Clicks the first visible element matching the locator, retrying while the page is still
     * re-rendering it (a stale or covered element).
     */
    public void click(By by) {
        await("click " + by, d -> {
            WebElement element = d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (element == null) {
                return null;
            }
            click(element);
            return true;
        });
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the whole page body. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
