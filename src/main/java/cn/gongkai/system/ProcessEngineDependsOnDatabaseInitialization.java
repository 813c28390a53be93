package cn.gongkai.system;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait until Flyway has migrated the application's own tables, so that
 * Flyway always meets the schema in a known state (registered in META-INF/spring.factories).
 */
public class ProcessEngineDependsOnDatabaseInitialization
        extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
