package cn.gongkai.system;

import cn.gongkai.security.HardeningProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where {@link IntakeLimiter} stands: in front of every submission from the public. */
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
}
