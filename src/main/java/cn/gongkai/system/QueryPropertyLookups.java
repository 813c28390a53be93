package cn.gongkai.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Remembers how MyBatis's expression language (OGNL, shaded in MyBatis) reads a property of the
 * engine's query objects. The engine's SQL mappings test dozens of properties per statement
 * ({@code <if test="query.x != null">}); for each one that has no getter of its exact name (many are
 * fields, or {@code isX()} read as {@code isX}), OGNL scans every public method of the class again,
 * lower-casing each name, on every statement — uncached. With 10,000 reminders falling due, that scan
 * took a fifth of the job threads' sampled CPU time (docs/operations.md, "Reminders falling due
 * together"). This accessor does what OGNL's own does (a read method if there is one and it may be
 * called, else the field), but looks the method up once per class and name. Registered before the engine is built, so that
 * every class MyBatis meets gets it.
 */
@Component
public class QueryPropertyLookups extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(QueryPropertyLookups.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        register();
    }

    /** Makes the remembering accessor OGNL's default for objects; idempotent. */
    public static void register() {
        try {
            if (!(OgnlRuntime.getPropertyAccessor(Object.class) instanceof RememberingAccessor)) {
                OgnlRuntime.setPropertyAccessor(Object.class, new RememberingAccessor());
                log.debug("SYSTEM-010 MyBatis expressions look up read methods once per class and property");
            }
        } catch (OgnlException e) {
            throw new IllegalStateException("OGNL has no property accessor for objects", e);
        }
    }

    /** OGNL's {@link ObjectPropertyAccessor}, with the read method of each class and property remembered. */
    static final class RememberingAccessor extends ObjectPropertyAccessor {

        private final ClassValue<ConcurrentMap<String, Optional<Method>>> readMethods = new ClassValue<>() {
            @Override
            protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
                return new ConcurrentHashMap<>();
            }
        };

        @Override
        public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
            if (target == null) {
                return super.getPossibleProperty(context, target, name);
            }
            Class<?> type = target.getClass();
            Optional<Method> read = readMethods.get(type).computeIfAbsent(name, n -> Optional.ofNullable(readMethod(type, n)));
            try {
                if (read.isPresent() && context.getMemberAccess().isAccessible(context, target, read.get(), name)) {
                    return OgnlRuntime.invokeMethod(target, read.get(), OgnlRuntime.NoArguments);
                }
                return OgnlRuntime.getFieldValue(context, target, name, true);
            } catch (InvocationTargetException e) {
                throw new OgnlException(name, e.getTargetException());
            } catch (Exception e) {
                throw new OgnlException(name, e);
            }
        }

        /** The properties of the class whose read method (or its absence) is remembered. */
        Set<String> remembered(Class<?> type) {
            return Set.copyOf(readMethods.get(type).keySet());
        }

        /** As OGNL's getMethodValue finds it: the getter, else a method read like one. */
        private static Method readMethod(Class<?> type, String name) {
            Method getter = OgnlRuntime.getGetMethod(type, name);
            return getter != null ? getter : OgnlRuntime.getReadMethod(type, name, null);
        }
    }
}
