package cn.gongkai.proactive;

import static cn.gongkai.proactive.ProactiveDisclosure.KEY;

import cn.gongkai.process.AsUser;
import cn.gongkai.process.TaskDriver;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives {@code proactive-disclosure} the way Tasklist does: start forms and task forms are
 * submitted through the FormService by an authenticated user who claimed the task.
 */
public final class ProactiveDrafts {

    public static final String DRAFTER = "policy-staff";

    private final ProcessEngine engine;
    private final AsUser as;
    private final TaskDriver tasks;

    public ProactiveDrafts(ProcessEngine engine) {
        this.engine = engine;
        this.tasks = new TaskDriver(engine);
        this.as = tasks.as();
    }

    public static Map<String, Object> draft(String title, String formedOn) {
        Map<String, Object> v = new HashMap<>();
        v.put("title", title);
        v.put("summary", "为贯彻落实稳增长要求，制定本措施。");
        v.put("bodyText", "一、总体要求\n二、主要措施\n三、保障措施");
        v.put("category", "policies");
        v.put("division", "policy");
        v.put("formedOn", formedOn);
        v.put("documentNumber", "新经信规〔2026〕1号");
        v.put("documentType", "NORMATIVE_DOCUMENT");
        return v;
    }

    public ProcessInstance start(String user, Map<String, Object> variables) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).latestVersion().singleResult().getId();
        return as.call(user, () -> engine.getFormService().submitStartForm(definitionId, variables));
    }

    public ProcessInstance start(String title, String formedOn) {
        return start(DRAFTER, draft(title, formedOn));
    }

    public Task task(ProcessInstance pi) {
        return tasks.task(pi);
    }

    /** The user claims the open task and submits its form. */
    public void submit(ProcessInstance pi, String user, Map<String, Object> variables) {
        tasks.submit(pi, user, variables);
    }

    public void decide(ProcessInstance pi, String user, boolean approved, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put("approved", approved);
        v.put("comment", comment);
        submit(pi, user, v);
    }

    /** Head, confidentiality reviewer, general office and leadership approve in turn. */
    public void approveAll(ProcessInstance pi) {
        decide(pi, "policy-head", true, "同意");
        decide(pi, "secrecy", true, "");
        decide(pi, "office", true, "");
        decide(pi, "leader", true, "同意发布");
    }
}
