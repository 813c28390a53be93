package cn.gongkai.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.GongkaiTest;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's SQL mappings read query properties through the remembering accessor, which reads them
 * exactly as OGNL's own does: getters, methods read like getters, fields, and nothing else.
 */
@GongkaiTest
class QueryPropertyLookupsTest {

    private final ExpressionEvaluator expressions = new ExpressionEvaluator();

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theEngineQueriesReadTheirPropertiesThroughIt() throws Exception {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId("none").count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId("none").taskCandidateGroup("policy").list()).isEmpty();

        assertThat(OgnlRuntime.getPropertyAccessor(ProcessInstanceQueryImpl.class))
                .isInstanceOf(QueryPropertyLookups.RememberingAccessor.class);
        QueryPropertyLookups.RememberingAccessor accessor =
                (QueryPropertyLookups.RememberingAccessor) OgnlRuntime.getPropertyAccessor(Object.class);
        assertThat(accessor.remembered(ProcessInstanceQueryImpl.class)).contains("processInstanceId");
        assertThat(accessor.remembered(TaskQueryImpl.class)).contains("processInstanceId", "candidateGroups");
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsPropertiesAsOgnlDoes() throws Exception {
        QueryPropertyLookups.register();
        Sample sample = new Sample();

        assertThat(expressions.evaluateBoolean("name == '政策法规处'", sample)).as("a getter").isTrue();
        assertThat(expressions.evaluateBoolean("isActive", sample)).as("a method read like a getter").isTrue();
        assertThat(expressions.evaluateBoolean("active", sample)).as("is-getter").isTrue();
        assertThat(expressions.evaluateBoolean("hidden == 7", sample)).as("a field without a getter").isTrue();
        assertThat((Iterable<Object>) expressions.evaluateIterable("items", sample, false)).containsExactly("x", "y");
        assertThat(expressions.evaluateBoolean("map.k == 'vv'", sample)).as("a map inside").isTrue();
        assertThat(expressions.evaluateBoolean("nothing != null", sample)).as("a null value").isFalse();
        assertThatThrownBy(() -> expressions.evaluateBoolean("missing != null", sample)).as("no such property")
                .isInstanceOf(BuilderException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> expressions.evaluateBoolean("failing != null", sample)).as("a getter that throws")
                .isInstanceOf(BuilderException.class).hasRootCauseMessage("broken");

        // the second evaluation reads the remembered method, with the same result
        assertThat(expressions.evaluateBoolean("isActive", sample)).isTrue();
        assertThat(expressions.evaluateBoolean("hidden == 7", sample)).isTrue();
        QueryPropertyLookups.RememberingAccessor accessor =
                (QueryPropertyLookups.RememberingAccessor) OgnlRuntime.getPropertyAccessor(Sample.class);
        assertThat(accessor.remembered(Sample.class)).contains("name", "isActive", "active", "hidden", "missing");
    }

    /** Properties of every kind the engine's query objects have. */
    public static class Sample {

        @SuppressWarnings("unused")
        private final int hidden = 7;
        private final List<String> items = List.of("x", "y");

        public String getName() {
            return "政策法规处";
        }

        public boolean isActive() {
            return true;
        }

        public List<String> getItems() {
            return items;
        }

        public Map<String, String> getMap() {
            return Map.of("k", "vv");
        }

        public String getNothing() {
            return null;
        }

        public String getFailing() {
            throw new IllegalStateException("broken");
        }
    }
}
