package cn.gongkai.security;

import cn.gongkai.agency.DemoProperties;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's own defences, set before it is built:
 * <ul>
 * <li>logins are never locked for good: the engine's permanent lock after ten failures (which any
 * anonymous caller could trigger for any account) and its growing delay are off;
 * {@link LoginThrottle} slows guessing per client and per account instead, with waits that end by
 * themselves;</li>
 * <li>the password policy ({@link AgencyPasswordPolicy}), unless the demo people (password
 * {@code demo}) are wanted;</li>
 * <li>models with scripts or Java classes are refused ({@link ScriptRefusingDeployer}) unless
 * {@code gongkai.security.scripting} is on;</li>
 * <li>expressions reach only the delegates, listeners and {@code gongkai.security.expression-beans},
 * and never reflection ({@link GuardedExpressionManager}).</li>
 * </ul>
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineHardening.class);

    private final HardeningProperties properties;
    private final DemoProperties demo;
    private final ApplicationContext context;

    EngineHardening(HardeningProperties properties, DemoProperties demo, ApplicationContext context) {
        this.properties = properties;
        this.demo = demo;
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayFactor(0);
        configuration.setLoginDelayMaxTime(0);

        boolean policy = properties.passwordPolicy() && !demo.enabled();
        configuration.setEnablePasswordPolicy(policy);
        if (policy) {
            configuration.setPasswordPolicy(new AgencyPasswordPolicy());
        }

        if (!properties.scripting()) {
            List<Deployer> pre = configuration.getCustomPreDeployers() == null ? new java.util.ArrayList<>()
                    : new java.util.ArrayList<>(configuration.getCustomPreDeployers());
            pre.add(new ScriptRefusingDeployer());
            configuration.setCustomPreDeployers(pre);
        }

        Map<Object, Object> beans = new AllowedBeans(context, properties.expressionBeans());
        configuration.setBeans(beans);
        configuration.setExpressionManager(new GuardedExpressionManager(context, beans));
        log.info("SECURITY-040 engine hardened: password policy {}, scripts {}, runtime deployments {}",
                policy ? "on" : "off (demo)", properties.scripting() ? "ALLOWED" : "refused",
                properties.runtimeDeployments() ? "ALLOWED" : "refused");
    }

    /**
     * The beans expressions may name: every {@link JavaDelegate}, {@link ExecutionListener} and
     * {@link TaskListener}, and the configured extras. Looked up when first named, so that building
     * the engine does not build the delegates (which need the engine).
     */
    static final class AllowedBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;
        private final List<String> extras;
        private volatile Set<String> names;

        AllowedBeans(ApplicationContext context, List<String> extras) {
            this.context = context;
            this.extras = extras;
        }

        Set<String> names() {
            if (names == null) {
                Set<String> all = new LinkedHashSet<>(extras);
                for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
                    all.addAll(List.of(context.getBeanNamesForType(type, false, false)));
                }
                names = Set.copyOf(all);
            }
            return names;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Object> keySet() {
            return Set.copyOf(names());
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
            names().forEach(n -> entries.add(new SimpleImmutableEntry<>(n, context.getBean(n))));
            return entries;
        }
    }
}
