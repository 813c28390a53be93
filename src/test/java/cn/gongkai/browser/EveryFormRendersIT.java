package cn.gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every start form and every task form of every process renders in the Tasklist of Camunda 7.24
 * (whose form-js is older than the newest Modeler's). Each user task is reached directly, by
 * starting an instance before it, and opened in the browser; the journeys through the forms with
 * real data are in {@link StaffBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.generate-unique-process-engine-name=false")
@ActiveProfiles("test")
class EveryFormRendersIT {

    private static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{\\s*([a-zA-Z]+)\\s*}");
    /** Who the tasks go to, for the expressions in candidate groups and assignees. */
    private static final Map<String, Object> PEOPLE = Map.of(
            "division", "policy", "handlerGroup", "policy", "handlerHeadGroup", "policy-head",
            "answerGroup", "policy", "answerHeadGroup", "policy-head", "drafter", "policy-staff");

    static Browser browser;

    @RegisterExtension
    final ScreenshotOnFailure failures = new ScreenshotOnFailure(() -> browser);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    record FormUse(String processKey, String processName, String elementId, String elementName, String formRef) {
    }

    @Test
    void everyTaskFormRenders() {
        Map<FormUse, String> taskIds = new LinkedHashMap<>();
        for (ProcessDefinition definition : latestDefinitions()) {
            BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
            Map<String, Object> variables = variablesFor(model);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                FormUse use = new FormUse(definition.getKey(), definition.getName(), task.getId(), task.getName(),
                        task.getCamundaFormRef());
                assertThat(use.formRef()).as("form of %s", use).isNotBlank();
                String instanceId = engine.getRuntimeService().createProcessInstanceById(definition.getId())
                        .setVariables(variables) // before the activity: process variables, not the task's
                        .startBeforeActivity(task.getId())
                        .execute(true, true).getId();
                Task created = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                        .taskDefinitionKey(task.getId()).singleResult();
                taskIds.put(use, created.getId());
            }
        }
        assertThat(taskIds).hasSizeGreaterThanOrEqualTo(25);

        Browser b = browser();
        new Tasklist(b).login("admin");
        List<String> failed = new ArrayList<>();
        taskIds.forEach((use, taskId) -> {
            b.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            try {
                b.visible(By.xpath("//*[contains(@class,'task-details')]//h2[normalize-space()='" + use.elementName() + "']"));
                b.visible(Tasklist.TASK_FORM);
                assertThat(b.all(By.cssSelector(".task-details .fjs-form .fjs-form-field"))).as("fields of %s", use).isNotEmpty();
            } catch (RuntimeException | AssertionError e) {
                b.screenshot("FAILED-form-" + use.formRef());
                failed.add(use + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        });
        assertThat(failed).as("forms that did not render").isEmpty();
    }

    @Test
    void everyStartFormRenders() {
        List<ProcessDefinition> withStartForm = latestDefinitions().stream()
                .filter(d -> startFormRef(d) != null).toList();
        assertThat(withStartForm).extracting(ProcessDefinition::getKey)
                .contains("proactive-disclosure", "disclosure-request", "consultation", "annual-report", "legal-case");
        Browser b = browser();
        Tasklist tasklist = new Tasklist(b);
        tasklist.login("admin");
        for (ProcessDefinition definition : withStartForm) {
            b.get("/camunda/app/tasklist/default/");
            CamundaForm form = tasklist.startProcess(definition.getName());
            assertThat(b.all(By.cssSelector(".modal-dialog .fjs-form .fjs-form-field"))).as(definition.getKey()).isNotEmpty();
            assertThat(form.text()).as(definition.getKey()).isNotBlank();
            if (!b.all(By.cssSelector(".modal-dialog .fjs-select-placeholder")).isEmpty()) {
                assertThat(b.script("return getComputedStyle(document.querySelector('.modal-dialog .fjs-select-placeholder'),"
                        + " '::before').content")).as("drop-down placeholder").isEqualTo("\"请选择\"");
            }
            b.screenshot("start-form-" + definition.getKey());
        }
    }

    /**
     * On a Chinese desktop the form's date fields read yyyy/M/d and their calendar names months and
     * weekdays in Chinese, and a form sent with required fields empty says so in Chinese.
     */
    @Test
    void aFormSpeaksChineseWhenSomethingIsMissingAndInItsCalendar() {
        Browser b = browser();
        Tasklist tasklist = new Tasklist(b);
        tasklist.login("policy-staff");
        CamundaForm draft = tasklist.startProcess("主动公开");

        WebElement dateField = draft.field("形成或变更日期");
        assertThat(dateField.findElement(By.cssSelector("input")).getAttribute("placeholder")).startsWith("yyyy/");
        b.click(dateField.findElement(By.cssSelector(".fjs-input-adornment")));
        WebElement calendar = b.visible(By.cssSelector(".modal-dialog .flatpickr-calendar.open"));
        assertThat(calendar.getText()).contains("一", "六").contains(today().getMonthValue() + "月")
                .doesNotContain("Sun", "Mon", "January", "November");
        b.screenshot("start-form-calendar");

        b.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='发起']"));
        String errors = b.await("the form's messages", d -> {
            String text = d.findElements(By.cssSelector(".modal-dialog .fjs-form-field-error")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).reduce("", (x, y) -> x + y + "\n");
            return text.isBlank() ? null : text;
        });
        assertThat(errors).contains("此项为必填项。").doesNotContain("Field is required");
        assertThat(b.all(By.cssSelector(".modal-dialog .fjs-form"))).as("the form is still open").isNotEmpty();
        b.screenshot("start-form-required-fields");
    }

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private String startFormRef(ProcessDefinition definition) {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(s -> s.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null).findFirst().orElse(null);
    }

    private List<ProcessDefinition> latestDefinitions() {
        RepositoryService repository = engine.getRepositoryService();
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list();
    }

    /**
     * Values for the expressions the model evaluates on the way to a task: its candidates, and
     * every date (due dates, timers, timer cycles) ten days from now.
     */
    private static Map<String, Object> variablesFor(BpmnModelInstance model) {
        Map<String, Object> variables = new HashMap<>();
        Matcher m = EXPRESSION_VARIABLE.matcher(Bpmn.convertToString(model));
        Date inTenDays = Date.from(Instant.now().plus(10, ChronoUnit.DAYS));
        while (m.find()) {
            String name = m.group(1);
            if (PEOPLE.containsKey(name)) {
                variables.put(name, PEOPLE.get(name));
            } else if (name.endsWith("At")) {
                variables.put(name, inTenDays);
            } else if (name.endsWith("Cycle")) {
                variables.put(name, "R/" + inTenDays.toInstant() + "/P1D");
            }
        }
        return variables;
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open("http://localhost:" + port);
        }
        return browser;
    }
}
