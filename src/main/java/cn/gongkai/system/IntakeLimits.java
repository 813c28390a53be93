package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the limiters stand: {@link IntakeLimiter} in front of every submission from the public,
 * {@link SearchLimiter} in front of the catalogue's search by words.
 */
@Configuration
class IntakeLimits {

    @Bean
    IntakeLimiter intakeLimiter(HardeningProperties properties) {
        return new IntakeLimiter(properties.intake());
    }

    @Bean
    FilterRegistrationBean<IntakeLimiter> intakeLimiterRegistration(IntakeLimiter limiter) {
        FilterRegistrationBean<IntakeLimiter> registration = new FilterRegistrationBean<>(limiter);
        registration.setName("intake-limiter");
        registration.addUrlPatterns("/api/requests", "/api/requests/*", "/api/consultations", "/apply", "/consult",
                "/track/*");
        return registration;
    }

    @Bean
    SearchLimiter searchLimiter(HardeningProperties properties) {
        return new SearchLimiter(properties.search());
    }

    @Bean
    FilterRegistrationBean<SearchLimiter> searchLimiterRegistration(SearchLimiter limiter) {
        FilterRegistrationBean<SearchLimiter> registration = new FilterRegistrationBean<>(limiter);
        registration.setName("search-limiter");
        registration.addUrlPatterns("/catalogue", "/api/catalogue");
        return registration;
    }
}
