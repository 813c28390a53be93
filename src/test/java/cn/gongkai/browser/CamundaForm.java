package cn.gongkai.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) as Tasklist renders it, filled in by its visible labels the way a person
 * does: type into text fields, pick from drop-downs, choose a radio option, tick a box.
 */
final class CamundaForm {

    /** The form-js field whose label reads {@code label} (the required-field asterisk ignored). */
    private static final String FIELD_BY_LABEL = """
            const root = arguments[0], want = arguments[1];
            for (const field of root.querySelectorAll('.fjs-form-field')) {
              const label = field.querySelector('label');
              if (label && label.textContent.replace(/\\*/g, '').trim() === want) return field;
            }
            return null;""";

    private final Browser browser;
    private final By root;

    CamundaForm(Browser browser, By root) {
        this.browser = browser;
        this.root = root;
        browser.visible(root);
    }

    WebElement field(String label) {
        return browser.await("form field " + label,
                d -> (WebElement) browser.script(FIELD_BY_LABEL, d.findElement(root), label));
    }

    /** The value shown in a text field or text area (read-only context included). */
    String value(String label) {
        return field(label).findElement(By.cssSelector("input, textarea")).getAttribute("value");
    }

    CamundaForm fill(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * A date field, typed the way the browser's locale writes dates (the form's date picker reads
     * that format: 2026/11/27 on a Chinese desktop).
     */
    CamundaForm date(String label, java.time.LocalDate date) {
        WebElement input = field(label).findElement(By.cssSelector("input"));
        String typed = (String) browser.script("return new Intl.DateTimeFormat().format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        input.clear();
        input.sendKeys(typed);
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        return this;
    }

    CamundaForm select(String label, String option) {
        WebElement field = field(label);
        WebElement item = browser.await("option " + option + " of " + label, d -> {
            List<WebElement> items = field.findElements(By.cssSelector(".fjs-dropdownlist-item"));
            if (items.isEmpty()) {
                browser.click(field.findElement(By.cssSelector(".fjs-select-display"))); // opens the list (focus may have opened it already)
                return null;
            }
            return items.stream().filter(i -> i.getText().trim().equals(option)).findFirst().orElse(null);
        });
        browser.click(item);
        browser.await(label + " is " + option, d -> field.findElement(By.cssSelector(".fjs-select-display")).getText().trim().equals(option));
        return this;
    }

    CamundaForm choose(String label, String option) {
        WebElement field = field(label);
        WebElement choice = field.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().trim().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " in " + label));
        WebElement radio = browser.driver().findElement(By.id(choice.getAttribute("for")));
        browser.await(option + " chosen for " + label, d -> {
            if (!radio.isSelected()) {
                browser.click(choice);
            }
            return radio.isSelected();
        });
        return this;
    }

    CamundaForm check(String label) {
        WebElement box = field(label).findElement(By.cssSelector("input[type=checkbox]"));
        if (!box.isSelected()) {
            browser.click(box);
        }
        return this;
    }

    /** The text of the whole form: headings, explanations and every field. */
    String text() {
        return browser.driver().findElement(root).getText();
    }
}
