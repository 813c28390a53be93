package cn.gongkai.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist, used the way a member of staff uses it. */
final class Tasklist {

    static final By START_FORM = By.cssSelector(".modal-dialog .fjs-form");
    static final By TASK_FORM = By.cssSelector(".task-details .fjs-form");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    /** Logs in afresh as {@code user} (password {@code demo}) and waits for the filters. */
    Tasklist login(String user) {
        Webapps.login(browser, "tasklist", user);
        browser.visible(By.cssSelector(".task-filters .task-filter"));
        return this;
    }

    /** Opens 发起流程, picks the process by its name and waits for the rendered start form. */
    CamundaForm startProcess(String processName) {
        browser.clickUntil(By.xpath("//a[contains(normalize-space(),'发起流程')]"), "发起流程 dialog open",
                d -> !d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
        browser.clickUntil(By.xpath("//div[contains(@class,'modal-dialog')]//a[normalize-space()='" + processName + "']"),
                "start form of " + processName, d -> d.findElements(START_FORM).stream().anyMatch(WebElement::isDisplayed));
        return new CamundaForm(browser, START_FORM);
    }

    /** Presses 发起 under the start form and waits until the dialog has gone. */
    void start() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='发起']"));
        browser.await("start dialog closed", d -> d.findElements(START_FORM).isEmpty());
    }

    /** Selects a filter in the left column by its name. */
    Tasklist filter(String name) {
        browser.clickUntil(By.xpath("//div[contains(@class,'task-filter')]//a[starts-with(normalize-space(),'" + name + "')]"),
                "filter " + name + " selected", d -> d.findElement(By.cssSelector(".task-filter.active")).getText().startsWith(name));
        return this;
    }

    /** The tasks listed under the current filter, as shown (name, columns and due date). */
    List<String> tasks() {
        return browser.all(By.cssSelector(".tasks-list li.task")).stream().map(WebElement::getText).toList();
    }

    /** Opens the task whose list entry mentions every given text, waiting for it to be listed. */
    Tasklist open(String taskName, String mentioning) {
        By heading = By.xpath("//*[contains(@class,'task-details')]//h2[contains(normalize-space(),'" + taskName + "')]");
        browser.clickUntil(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(concat(' ', normalize-space(@class), ' '), ' task ')][contains(.,'" + taskName + "') and contains(.,'" + mentioning + "')]//h4/a"),
                "task " + taskName + " mentioning " + mentioning + " opened",
                d -> d.findElements(heading).stream().anyMatch(WebElement::isDisplayed));
        return this;
    }

    /** Claims the open task and waits for its rendered form. */
    CamundaForm claim() {
        browser.clickUntil(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='认领']"), "task claimed",
                d -> d.findElements(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='认领']")).isEmpty()
                        && !d.findElements(TASK_FORM).isEmpty());
        return new CamundaForm(browser, TASK_FORM);
    }

    CamundaForm form() {
        return new CamundaForm(browser, TASK_FORM);
    }

    /** Presses 提交 and waits until the form has gone. */
    void complete() {
        browser.click(By.xpath("//*[contains(@class,'task-details')]//button[normalize-space()='提交']"));
        browser.await("task completed", d -> d.findElements(TASK_FORM).isEmpty());
    }

    /** The notifications Tasklist shows at the top (errors of a refused form among them). */
    String notifications() {
        return browser.all(By.cssSelector(".notifications")).stream().map(WebElement::getText).reduce("", String::concat);
    }
}
