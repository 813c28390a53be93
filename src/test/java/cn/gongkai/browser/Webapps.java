package cn.gongkai.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Logging in to the Camunda webapps. */
final class Webapps {

    private static final By USERNAME = By.cssSelector("input[ng-model=username]");
    private static final By PASSWORD = By.cssSelector("input[ng-model=password]");

    private Webapps() {
    }

    /** The demo password: {@code demo} for every demo user, {@code admin} for the administrator. */
    static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }

    /**
     * Clears the session and logs in to {@code app} as {@code user} with the demo password. The
     * login page may still be starting when it first shows its fields, so the fields are checked
     * before the form is sent.
     */
    static void login(Browser browser, String app, String user) {
        browser.get("/camunda/app/" + app + "/default/");
        browser.driver().manage().deleteAllCookies();
        browser.script("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.driver().get("about:blank");
        browser.get("/camunda/app/" + app + "/default/#/login");
        browser.await("login form of " + app + " filled in for " + user, d -> {
            WebElement name = browser.visible(USERNAME);
            WebElement password = browser.visible(PASSWORD);
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys(password(user));
            return user.equals(name.getAttribute("value")) && password(user).equals(password.getAttribute("value"));
        });
        browser.click(By.cssSelector("button[type=submit]"));
        browser.await("logged in as " + user, d -> d.findElements(PASSWORD).isEmpty());
    }
}
