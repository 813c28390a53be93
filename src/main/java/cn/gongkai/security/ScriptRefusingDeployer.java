package cn.gongkai.security;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Refuses a new deployment whose BPMN, DMN or CMMN contains code that would run on the server: a
 * script task, a script (listeners, conditions, input/output mappings, DMN expressions in a script
 * language) or a Java class named in the model. Expressions stay allowed; they are confined by
 * {@link GuardedExpressionManager}. Runs before the engine's own deployers, for every deployment,
 * the application's own included (which has none of these).
 */
class ScriptRefusingDeployer implements Deployer {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/";
    private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".cmmn",
            ".cmmn10.xml", ".cmmn11.xml");
    /** Expression languages that are not scripts. */
    private static final Set<String> EXPRESSION_LANGUAGES = Set.of("feel", "juel", "http://www.omg.org/spec/feel/20140401",
            "https://www.omg.org/spec/dmn/20191111/feel", "http://www.omg.org/spec/dmn/20180521/feel/");

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName().toLowerCase(Locale.ROOT);
            if (MODEL_SUFFIXES.stream().anyMatch(name::endsWith) && resource.getBytes() != null) {
                String found = findCode(resource.getBytes());
                if (found != null) {
                    throw new NotValidException("SECURITY-030 deployment refused: " + resource.getName() + " " + found
                            + "; models may not contain scripts or Java classes (gongkai.security.scripting=false)");
                }
            }
        }
    }

    /** What code the model contains (element and line), or null. */
    static String findCode(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                int line = reader.getLocation().getLineNumber();
                if (element.equals("scriptTask") || element.equals("script")) {
                    return "contains <" + element + "> (line " + line + ")";
                }
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    String attribute = reader.getAttributeLocalName(i);
                    String ns = reader.getAttributeNamespace(i);
                    String value = reader.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
                    boolean camunda = ns != null && ns.startsWith(CAMUNDA_NS);
                    if (camunda && (attribute.equals("class") || attribute.endsWith("Class") || attribute.equals("resource"))) {
                        return "names a Java class or script resource in <" + element + " camunda:" + attribute + "> (line " + line + ")";
                    }
                    if ((attribute.equals("language") || attribute.equals("expressionLanguage") || attribute.equals("scriptFormat"))
                            && !value.isEmpty() && !EXPRESSION_LANGUAGES.contains(value)) {
                        return "uses the script language " + value + " in <" + element + "> (line " + line + ")";
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            return null; // not well-formed: the engine's own parser reports it
        }
    }
}
