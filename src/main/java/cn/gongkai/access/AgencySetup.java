package cn.gongkai.access;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the agency's groups, permissions, demo people and shared filters up to date at start:
 * after the process engine is built and before the web server accepts the first login.
 */
@Component
class AgencySetup implements SmartInitializingSingleton {

    private final IdentitySetup identity;
    private final DemoAgency demo;
    private final TasklistFilters filters;

    AgencySetup(IdentitySetup identity, DemoAgency demo, TasklistFilters filters) {
        this.identity = identity;
        this.demo = demo;
        this.filters = filters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        identity.ensure();
        demo.ensure();
        filters.ensure();
    }
}
