package cn.gongkai.security;

import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Models an attacker would deploy: each starts at once (a timer in the past) and tries to run code
 * on the server that leaves a file behind, so a test sees whether it ran.
 */
final class HostileModels {

    static final String PAST = "2020-01-01T00:00:00";

    private HostileModels() {
    }

    /** A JUEL script task that creates the file through reflection. */
    static BpmnModelInstance scriptTask(Path proof) {
        return Bpmn.createExecutableProcess("hostile_script").camundaHistoryTimeToLive(1)
                .startEvent().timerWithDate(PAST)
                .scriptTask().scriptFormat("juel").scriptText(createFile(proof))
                .endEvent().done();
    }

    /** A script as an execution listener of an otherwise harmless start event. */
    static String scriptListener(Path proof) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                             targetNamespace="http://example.com">
                  <process id="hostile_listener" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start">
                      <extensionElements>
                        <camunda:executionListener event="start">
                          <camunda:script scriptFormat="juel">%s</camunda:script>
                        </camunda:executionListener>
                      </extensionElements>
                    </startEvent>
                  </process>
                </definitions>
                """.formatted(createFile(proof).replace("'", "&apos;"));
    }

    /** A Java class named in the model. */
    static BpmnModelInstance javaClass() {
        return Bpmn.createExecutableProcess("hostile_class").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask().camundaClass("org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior")
                .endEvent().done();
    }

    /** A service task whose expression reaches Runtime.exec through reflection. */
    static BpmnModelInstance reflectiveExpression(Path proof) {
        return expression("hostile_expression", createFile(proof));
    }

    /** A service task whose expression reaches the engine's identity service to make itself an administrator. */
    static BpmnModelInstance engineExpression() {
        return expression("hostile_engine", "${execution.processEngineServices.identityService.createMembership('policy-staff', 'camunda-admin')}");
    }

    /** A service task whose expression reaches a bean that is not a delegate (the database). */
    static BpmnModelInstance beanExpression() {
        return expression("hostile_bean", "${jdbcClient.sql('DELETE FROM catalogue_item').update()}");
    }

    static BpmnModelInstance expression(String key, String expression) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().timerWithDate(PAST)
                .serviceTask().camundaExpression(expression)
                .endEvent().done();
    }

    /** JUEL that runs {@code touch proof} through reflection. */
    static String createFile(Path proof) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + proof.toAbsolutePath() + "')}";
    }

    static String xml(BpmnModelInstance model) {
        return Bpmn.convertToString(model);
    }
}
