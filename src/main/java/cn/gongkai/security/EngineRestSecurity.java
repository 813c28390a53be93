package cn.gongkai.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API ({@code /engine-rest}) answers only authenticated callers: HTTP Basic
 * against the Camunda identity service; the caller's authorizations then apply. Anonymous calls
 * get 401. In front of it (see {@link WebSecurity}) cross-site browser requests are refused and
 * password guessing is throttled; behind it, {@link EngineApiGuard} keeps deployments and jobs to
 * those allowed, on this API and on the webapps' own.
 */
@Configuration
class EngineRestSecurity {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns(ENGINE_REST + "/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, ENGINE_REST);
        registration.setOrder(10);
        return registration;
    }

    /** After the authentication above: it reads who is calling from the engine. */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(IdentityService identity, HardeningProperties properties) {
        FilterRegistrationBean<EngineApiGuard> registration =
                new FilterRegistrationBean<>(new EngineApiGuard(identity, properties.runtimeDeployments()));
        registration.setName("engine-api-guard");
        registration.addUrlPatterns(ENGINE_REST + "/*", WEBAPP_ENGINE_API + "/*");
        registration.setOrder(20);
        return registration;
    }
}
