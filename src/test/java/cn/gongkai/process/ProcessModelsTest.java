package cn.gongkai.process;

import cn.gongkai.request.Outcome;
import cn.gongkai.request.ReplyDraft;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.GongkaiTest;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.consultation.ConsultationProcess;
import cn.gongkai.legal.LegalCaseProcess;
import cn.gongkai.proactive.ProactiveDisclosure;
import cn.gongkai.report.AnnualReportProcess;
import cn.gongkai.request.DisclosureRequestProcess;
import cn.gongkai.review.ReviewVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every model in processes/ and every form in forms/ is deployed and fits together: formRefs
 * resolve, delegate and listener beans exist, form keys are declared variables, form options match
 * the configuration, and every element has diagram layout.
 */
@GongkaiTest
class ProcessModelsTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path FORMS = Path.of("forms");
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;
    @Autowired
    AgencyProperties agency;
    @Autowired
    CatalogueProperties catalogue;

    final ObjectMapper json = new ObjectMapper();

    static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        for (Path file : files(FORMS, ".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(forms.put(form.get("id").asText(), form)).as("duplicate form id in %s", file).isNull();
        }
        return forms;
    }

    @Test
    void everyProcessAndFormIsDeployedTogether() throws IOException {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProactiveDisclosure.KEY).latestVersion().singleResult();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DisclosureRequestProcess.KEY).latestVersion().singleResult().getDeploymentId())
                .isEqualTo(definition.getDeploymentId());
        List<String> resources = engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId());
        for (Path file : Stream.concat(files(PROCESSES, ".bpmn").stream(), files(FORMS, ".form").stream()).toList()) {
            assertThat(resources).as("deployed resources").anyMatch(name -> name.endsWith(file.getFileName().toString()));
        }
        try (InputStream startForm = engine.getFormService().getDeployedStartForm(definition.getId())) {
            assertThat(json.readTree(startForm).get("id").asText()).isEqualTo("proactive-draft");
        }
    }

    @Test
    void everyFormRefResolvesToAFormInForms() throws IOException {
        Set<String> formIds = forms().keySet();
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<ModelElementInstance> withForms = Stream.concat(
                    model.getModelElementsByType(UserTask.class).stream(),
                    model.getModelElementsByType(StartEvent.class).stream()).map(e -> (ModelElementInstance) e).toList();
            for (ModelElementInstance element : withForms) {
                String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
                if (element instanceof UserTask || formRef != null) {
                    assertThat(formRef).as("%s in %s has a form", element.getAttributeValue("id"), file).isNotNull();
                    assertThat(element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding")).isEqualTo("deployment");
                    assertThat(formIds).as("formRef of %s", element.getAttributeValue("id")).contains(formRef);
                }
            }
        }
    }

    @Test
    void everyBeanNamedInAProcessExists() throws IOException {
        Set<String> beans = new HashSet<>();
        for (Path file : files(PROCESSES, ".bpmn")) {
            collectBeans(Bpmn.readModelFromFile(file.toFile()).getDocument().getRootElement(), beans);
        }
        assertThat(beans).isNotEmpty();
        for (String bean : beans) {
            assertThat(context.containsBean(bean)).as("bean %s named in a process", bean).isTrue();
        }
    }

    /** Running matters of a released version still call the beans it names, after any upgrade. */
    @Test
    void everyBeanAReleasedProcessVersionNamesStillExists() throws IOException {
        List<String> released = Files.readAllLines(Path.of("src/test/resources/released/process-beans.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(released).contains("applyReviewDelegate", "requestTaskListener");
        for (String bean : released) {
            assertThat(context.containsBean(bean)).as("bean %s named by a released process version", bean).isTrue();
        }
    }

    /**
     * One idiom: what a user task's form hands on is checked and recorded by the task's own listener
     * (a {@link UserTaskListener} on its end), never by a service task that follows it; and who
     * completed a task is noted in one place ({@link CompletedBy}), so no model names a listener on a
     * task's complete event.
     */
    @Test
    void aUserTaskChecksItsFormInItsOwnListener() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                task.getOutgoing().forEach(flow -> assertThat(flow.getTarget())
                        .as("%s of %s is followed by %s", task.getId(), file, flow.getTarget().getId())
                        .isNotInstanceOf(ServiceTask.class));
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertThat(listener.getCamundaEvent()).as("task listener %s in %s",
                        listener.getCamundaDelegateExpression(), file).isEqualTo("create");
            }
        }
    }

    private static void collectBeans(DomElement element, Set<String> beans) {
        String expression = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (expression == null) {
            expression = element.getAttribute("delegateExpression");
        }
        if (expression != null) {
            Matcher m = BEAN_EXPRESSION.matcher(expression);
            assertThat(m.matches()).as("delegate expression %s names one bean", expression).isTrue();
            beans.add(m.group(1));
        }
        element.getChildElements().forEach(child -> collectBeans(child, beans));
    }

    @Test
    void everyFormFieldKeyIsADeclaredProcessVariable() throws Exception {
        Set<String> declared = new HashSet<>();
        for (Class<?> declarations : List.of(ProactiveDisclosure.class, ReviewVariables.class,
                DisclosureRequestProcess.class, AnnualReportProcess.class, LegalCaseProcess.class,
                ConsultationProcess.class, cn.gongkai.correction.CorrectionProcess.class,
                cn.gongkai.proactive.ItemWithdrawalProcess.class)) {
            for (Field field : declarations.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                    declared.add(((ProcessVariable<?>) field.get(null)).name());
                }
            }
        }
        for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
            for (JsonNode component : form.getValue().get("components")) {
                if (component.has("key")) {
                    assertThat(declared).as("key of a field in form %s", form.getKey())
                            .contains(component.get("key").asText());
                }
            }
        }
    }

    @Autowired
    cn.gongkai.agency.GuideProperties guide;

    @Test
    void formOptionsMatchTheConfiguredCategoriesAndDivisionsAndChannels() throws IOException {
        Map<String, String> divisions = new LinkedHashMap<>();
        agency.divisions().forEach(d -> divisions.put(d.code(), d.name()));
        for (String formId : List.of("proactive-draft", "proactive-revise")) {
            JsonNode form = forms().get(formId);
            assertThat(options(form, "category")).as("categories in %s", formId).isEqualTo(catalogue.categoryNames());
            assertThat(options(form, "division")).as("divisions in %s", formId).isEqualTo(divisions);
        }
        assertThat(options(forms().get("request-review"), "division")).as("divisions in request-review")
                .isEqualTo(divisions);
        // staff registration offers exactly the channels the disclosure guide announces (online ones come in by themselves)
        assertThat(options(forms().get("request-register"), "channel").keySet()).as("channels in request-register")
                .containsExactlyElementsOf(guide.announcedChannels().stream().filter(c -> !c.equals("ONLINE")).toList());
    }

    /** The drafter's outcome options are the annual report's outcomes, in their order, under their own names. */
    @Test
    void theDraftFormOffersEveryOutcomeOfTheAnnualReportUnderItsName() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            expected.put(o.name(), o.label() + (o.setByProcess() ? " · 系统自动确定" : ""));
        }
        assertThat(options(forms().get("request-draft-reply"), "outcome")).isEqualTo(expected);
    }

    /** The drafter makes one choice, and the form offers exactly the choices the checker knows. */
    @Test
    void theDraftFormOffersEachDraftChoiceOnce() throws IOException {
        assertThat(options(forms().get("request-draft-reply"), DisclosureRequestProcess.DRAFT_ACTION.name()).keySet())
                .containsExactly(Stream.of(ReplyDraft.Action.values()).map(Enum::name).toArray(String[]::new));
    }

    private static Map<String, String> options(JsonNode form, String key) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                component.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
            }
        }
        return options;
    }

    @Test
    void everyProcessHasLayoutHistoryTimeToLiveAndReadableIds() throws IOException {
        for (Path file : files(PROCESSES, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Map<String, BpmnShape> shapes = new HashMap<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.put(s.getBpmnElement().getId(), s));
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                assertThat(shapes).as("diagram shape of %s in %s", node.getId(), file).containsKey(node.getId());
                assertThat(node.getId()).as("readable id").matches("[a-z]+(_[a-z0-9]+)+");
                assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            }
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("history TTL of %s", process.getId()).isNotBlank();
            }
        }
    }
}
