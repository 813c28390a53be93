package cn.gongkai.request;

import static cn.gongkai.request.DisclosureRequestProcess.KEY;

import cn.gongkai.process.AsUser;
import cn.gongkai.process.TaskDriver;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives {@code disclosure-request} as people do in Tasklist: forms are submitted through the
 * FormService by authenticated users who claimed the task.
 */
public final class RequestDriver {

    private final ProcessEngine engine;
    private final RequestIntake intake;
    private final AsUser as;
    private final TaskDriver tasks;

    public RequestDriver(ProcessEngine engine, RequestIntake intake) {
        this.engine = engine;
        this.intake = intake;
        this.tasks = new TaskDriver(engine);
        this.as = tasks.as();
    }

    public static Map<String, Object> application(String description) {
        Map<String, Object> v = new HashMap<>();
        v.put("applicantType", "NATURAL_PERSON");
        v.put("applicantName", "李明");
        v.put("description", description);
        v.put("contactPhone", "13912345678");
        v.put("contactEmail", "liming@example.com");
        v.put("contactAddress", "乌鲁木齐市新华北路 1 号");
        v.put("idType", "RESIDENT_ID");
        v.put("idNumber", "11010519491231002X");
        v.put("deliveryForm", "ELECTRONIC");
        v.put("deliveryMethod", "EMAIL");
        return v;
    }

    /** An application submitted online; the process's first (asynchronous) step is run. */
    public ProcessInstance submitOnline(String description) {
        DisclosureRequest r = intake.submitOnline(application(description));
        ProcessInstance pi = instance(r);
        // this engine's own job: several engines run side by side when test contexts differ
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(pi.getId()).singleResult().getId());
        return pi;
    }

    public ProcessInstance instance(DisclosureRequest r) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(r.processInstanceId()).singleResult();
    }

    /** An application received by another channel, registered by the disclosure office. */
    public ProcessInstance register(String channel, String receivedOn, String description) {
        Map<String, Object> v = application(description);
        v.put("channel", channel);
        v.put("receivedOn", receivedOn);
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId();
        return as.call("disclosure", () -> engine.getFormService().submitStartForm(definitionId, v));
    }

    public Task task(ProcessInstance pi) {
        return tasks.task(pi);
    }

    /** The user claims the open task and submits its form. */
    public void submit(ProcessInstance pi, String user, Map<String, Object> variables) {
        tasks.submit(pi, user, variables);
    }

    public void confirm(ProcessInstance pi) {
        submit(pi, "disclosure", Map.of("confirmed", true));
    }

    public void assign(ProcessInstance pi, String division) {
        submit(pi, "disclosure", Map.of("complete", true, "division", division));
    }

    public void askForSupplement(ProcessInstance pi, String items) {
        submit(pi, "disclosure", Map.of("complete", false, "supplementItems", items, "supplementWorkingDays", 15));
    }

    public void decide(ProcessInstance pi, String user, boolean approved, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put("approved", approved);
        v.put("comment", comment);
        submit(pi, user, v);
    }

    public void draftReply(ProcessInstance pi, String user, Outcome outcome, String reasons) {
        Map<String, Object> v = new HashMap<>();
        v.put("outcome", outcome.name());
        v.put("reasons", reasons);
        submit(pi, user, v);
    }

    /** Head review, confidentiality review and leadership sign-off approve; the reply is issued. */
    public void signOff(ProcessInstance pi, String headUser) {
        decide(pi, headUser, true, "同意");
        decide(pi, "secrecy", true, "");
        decide(pi, "leader", true, "签发");
    }

    public void serve(ProcessInstance pi, String method, String servedOn) {
        submit(pi, "disclosure", Map.of("serviceMethod", method, "servedOn", servedOn, "serviceNote", "XA123456789CN"));
    }
}
