package cn.gongkai.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit, used the way a supervisor uses it. */
final class Cockpit {

    private final Browser browser;

    Cockpit(Browser browser) {
        this.browser = browser;
    }

    Cockpit login(String user) {
        Webapps.login(browser, "cockpit", user);
        browser.visible(By.cssSelector(".dashboard, [cam-dashboard], .processes-dashboard, section.processes"));
        return this;
    }

    /**
     * Opens 流程 → the process by its name, types the tracking code into the instance search (whose
     * default criterion is the business key), and opens the one instance found.
     */
    void processInstanceByBusinessKey(String processName, String businessKey) {
        browser.get("/camunda/app/cockpit/default/#/processes");
        browser.click(By.xpath("//a[normalize-space()='" + processName + "']"));
        browser.await("search for " + businessKey, d -> {
            WebElement search = browser.visible(By.cssSelector("[cam-widget-search] input.main-field"));
            browser.click(search);
            search.sendKeys(businessKey, Keys.ENTER);
            return true;
        });
        browser.await("instance " + businessKey + " listed", d -> {
            WebElement row = d.findElements(By.cssSelector("tr")).stream()
                    .filter(r -> r.getText().contains(businessKey)).findFirst().orElse(null);
            if (row == null) {
                return null;
            }
            browser.click(row.findElement(By.cssSelector("a[href*='process-instance']")));
            return true;
        });
        browser.await("instance page", d -> d.getCurrentUrl().contains("/process-instance/"));
        browser.visible(By.xpath("//*[contains(normalize-space(),'" + businessKey + "')]"));
    }

    /** Opens a tab of the instance page (用户任务, 变量…) by its title. */
    void tab(String title) {
        browser.clickUntil(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + title + "']"), "tab " + title,
                d -> d.findElements(By.xpath("//ul[contains(@class,'nav-tabs')]//li[contains(@class,'active')]//a[normalize-space()='"
                        + title + "']")).isEmpty() ? null : true);
    }
}
