package cn.gongkai.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot and the page source of the screen a failed browser test ended on. */
final class ScreenshotOnFailure implements TestWatcher {

    private final Supplier<Browser> browser;

    ScreenshotOnFailure(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser b = browser.get();
        if (b == null) {
            return;
        }
        String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            b.screenshot(name);
            Files.writeString(Browser.SCREENSHOTS.resolve(name + ".html"), b.driver().getPageSource());
        } catch (RuntimeException | IOException e) {
            cause.addSuppressed(e);
        }
    }
}
