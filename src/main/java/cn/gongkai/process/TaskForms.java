package cn.gongkai.process;

import cn.gongkai.system.AgencyTime;
import cn.gongkai.system.Fields;
import cn.gongkai.system.FormSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms that are deployed with the processes ({@code forms/*.form}), read once at start,
 * and the reader of what a user task's form handed on: {@link #read(DelegateExecution)} finds the
 * task's {@code formRef} and reads its variables with the form's own labels and limits.
 */
@Component
public class TaskForms {

    private final Map<String, FormSpec> forms = new HashMap<>();
    private final AgencyTime clock;

    TaskForms(AgencyTime clock) throws IOException {
        this.clock = clock;
        ObjectMapper json = new ObjectMapper();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                FormSpec form = FormSpec.of(json.readTree(in));
                forms.put(form.id(), form);
            }
        }
    }

    public FormSpec form(String id) {
        FormSpec form = forms.get(id);
        if (form == null) {
            throw new IllegalArgumentException("no form " + id + " in forms/");
        }
        return form;
    }

    /**
     * The fields of the user task this execution is leaving, read against the task's form; or, for
     * a service task right after a user task (as process versions released before 1.1 checked a
     * form), against that task's form.
     */
    public Fields read(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element instanceof FlowNode node && !(node instanceof UserTask) && node.getIncoming().size() == 1) {
            element = node.getIncoming().iterator().next().getSource();
        }
        if (!(element instanceof UserTask task) || task.getCamundaFormRef() == null) {
            throw new IllegalStateException(execution.getCurrentActivityId() + " is not a user task with a form");
        }
        return new Fields(execution.getVariables(), clock.zone(), form(task.getCamundaFormRef()));
    }

    /** Variables named after a form's fields, read against that form (a start form, a page). */
    public Fields read(String formId, Map<String, ?> values) {
        return new Fields(values, clock.zone(), form(formId));
    }
}
