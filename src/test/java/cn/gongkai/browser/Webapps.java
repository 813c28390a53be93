package cn.gongkai.browser;

import org.openqa.selenium.By;

/** Logging in to the Camunda webapps. */
final class Webapps {

    private Webapps() {
    }

    /** Clears the session and logs in to {@code app} as {@code user} with the demo password. */
    static void login(Browser browser, String app, String user) {
        browser.get("/camunda/app/" + app + "/default/");
        browser.driver().manage().deleteAllCookies();
        browser.script("window.localStorage.clear(); window.sessionStorage.clear();");
        browser.driver().get("about:blank");
        browser.get("/camunda/app/" + app + "/default/#/login");
        browser.visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        browser.visible(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
        browser.visible(By.cssSelector("button[type=submit]")).click();
        browser.await("logged in as " + user, d -> d.findElements(By.cssSelector("input[ng-model=password]")).isEmpty());
    }
}
