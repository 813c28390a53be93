package cn.gongkai.browser;

import java.time.Duration;
import java.time.Instant;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Logging in to the Camunda webapps. */
final class Webapps {

    private static final By USERNAME = By.cssSelector("input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("input[ng-model=password]");
    private static final By SUBMIT = By.cssSelector("button[type=submit]");

    private Webapps() {
    }

    /** The demo password: {@code demo} for every demo user, {@code admin} for the administrator. */
    static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }

    /**
     * Clears the session and logs in to {@code app} as {@code user} with the demo password. The
     * login page may re-render while it starts, taking typed text or a click with it; so the form
     * is (re)filled and sent again until the webapp has left the login page, and the login page is
     * reloaded if it never shows its fields (seen once: the browser refused the page's scripts, their
     * nonce not matching the page's Content-Security-Policy header).
     */
    static void login(Browser browser, String app, String user) {
        String loginPage = "/camunda/app/" + app + "/default/#/login";
        browser.get("/camunda/app/" + app + "/default/");
        browser.driver().manage().deleteAllCookies();
        browser.script("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.driver().get("about:blank");
        browser.get(loginPage);
        Instant[] last = {Instant.now(), Instant.MIN}; // page loaded, form sent
        browser.await("logged in to " + app + " as " + user, d -> {
            if (!d.getCurrentUrl().contains("/login") && d.findElements(PASSWORD).isEmpty()) {
                return true;
            }
            if (Duration.between(last[1], Instant.now()).compareTo(Browser.RECLICK) < 0) {
                return null; // the form was just sent
            }
            WebElement name = d.findElements(USERNAME).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            WebElement password = d.findElements(PASSWORD).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (name == null || password == null) {
                if (Duration.between(last[0], Instant.now()).compareTo(Duration.ofSeconds(10)) > 0) {
                    // a real reload (going to the same address with its #fragment would not fetch the page again)
                    browser.driver().navigate().refresh();
                    last[0] = Instant.now();
                }
                return null;
            }
            typeIfDifferent(name, user);
            typeIfDifferent(password, password(user));
            if (user.equals(name.getAttribute("value")) && password(user).equals(password.getAttribute("value"))) {
                browser.click(d.findElement(SUBMIT));
                last[1] = Instant.now();
            }
            return null;
        });
    }

    private static void typeIfDifferent(WebElement input, String text) {
        if (!text.equals(input.getAttribute("value"))) {
            input.clear();
            input.sendKeys(text);
        }
    }
}
