package cn.gongkai.security;

import java.beans.FeatureDescriptor;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Expressions in models (conditions, due dates, delegate expressions) reach only the beans on the
 * allow-list ({@link EngineHardening}) and never Java reflection or the engine itself:
 * {@code ${''.getClass().forName('java.lang.Runtime')…}} or
 * {@code ${execution.processEngineServices.identityService…}} fail with an error naming the
 * refused step, instead of running.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
        super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ReflectionGuard());
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** Refuses a step of an expression that would leave the model's own data and beans. */
    static final class ReflectionGuard extends ELResolver {

        /** Names that lead to classes, class loaders, the engine or the Spring context. */
        static final Set<String> REFUSED_NAMES = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
                "loadClass", "newInstance", "invoke", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods",
                "getConstructor", "getDeclaredConstructor", "getField", "getDeclaredField", "setAccessible", "getRuntime",
                "exec", "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
                "processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext",
                "getApplicationContext", "beanFactory", "getBeanFactory", "getBean", "environment", "getEnvironment");

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            check(base, method);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            check(base, property);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        private static void check(Object base, Object name) {
            if (base == null) {
                return; // a top-level name: a variable or an allowed bean
            }
            if (name != null && REFUSED_NAMES.contains(name.toString())) {
                throw new ELException("SECURITY-031 expression refused: '" + name + "' on " + base.getClass().getSimpleName());
            }
            if (dangerous(base)) {
                throw new ELException("SECURITY-031 expression refused: no access to " + base.getClass().getName());
            }
        }

        private static boolean dangerous(Object base) {
            return base instanceof Class || base instanceof ClassLoader || base instanceof Member
                    || base instanceof AccessibleObject || base instanceof Runtime || base instanceof ProcessBuilder
                    || base instanceof Thread || base instanceof ProcessEngine || base instanceof ProcessEngineServices
                    || base instanceof ProcessEngineConfigurationImpl || base instanceof BeanFactory
                    || base instanceof Environment || base instanceof org.camunda.bpm.engine.impl.ServiceImpl || base.getClass().getName().startsWith("java.lang.reflect.")
                    || base.getClass().getName().startsWith("java.lang.invoke.")
                    || base.getClass().getName().startsWith("javax.script.");
        }
    }
}
