package cn.gongkai.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter.HeaderValue;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for what is ours, beside the Camunda webapps' own filters:
 * <ul>
 * <li>{@code /engine-rest}: cross-site browser requests refused, HTTP Basic throttled; Camunda's
 * filter then authenticates ({@link EngineRestSecurity});</li>
 * <li>{@code /camunda/**}: left to the webapps (their CSRF, headers and sessions), with their login
 * throttled;</li>
 * <li>everything else (portal, {@code /api}, {@code /staff}): a Content-Security-Policy that allows
 * nothing but this site, no framing, no MIME sniffing, no referrer to other sites, and a CSRF token
 * on every form; the JSON API takes only {@code application/json}, which no form can send.</li>
 * </ul>
 * Staff pages authenticate in {@code staff.StaffAuthentication} (the webapps' session or HTTP Basic).
 */
@Configuration
@EnableWebSecurity
class WebSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String CSRF_COOKIE = "GONGKAI-CSRF";

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, LoginThrottle throttle, HardeningProperties properties)
            throws Exception {
        return http.securityMatcher(path(EngineRestSecurity.ENGINE_REST + "/**"))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .logout(c -> c.disable())
                .anonymous(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .addFilterBefore(new CrossSiteRequestFilter(properties.allowedOrigins()), BasicAuthenticationFilter.class)
                .addFilterAfter(LoginThrottleFilter.basic(throttle), CrossSiteRequestFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webapps(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(c -> c.disable())
                .logout(c -> c.disable())
                .anonymous(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.disable())
                .addFilterBefore(LoginThrottleFilter.webappLogin(throttle), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain site(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(c -> c.sameSite("Lax").path("/"));
        return http
                .csrf(c -> c.csrfTokenRepository(tokens).ignoringRequestMatchers(path("/api/**")))
                .requestCache(c -> c.disable())
                .logout(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .xssProtection(x -> x.headerValue(HeaderValue.DISABLED))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")))
                .exceptionHandling(e -> e.accessDeniedHandler(expiredForm()))
                .addFilterBefore(new ContentTypeFilter(), CsrfFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    /** Paths as the servlet container sees them: /engine-rest and /camunda are not Spring MVC's. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * A form without its token (expired page, or sent from another site): a page that says what to do.
     * An upload larger than the servlet's multipart limits cannot be read, so its token cannot be
     * either: that is answered 413 and said so, not taken for an expired page.
     */
    private static AccessDeniedHandler expiredForm() {
        return (request, response, denied) -> {
            if (tooLargeToRead(request)) {
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("""
                        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                        <meta name="viewport" content="width=device-width, initial-scale=1">
                        <title>文件过大 - 政府信息公开</title><link rel="stylesheet" href="/css/portal.css"></head>
                        <body><main id="main" class="wrap"><h1>上传的文件过大，未被接收</h1>
                        <p>请减小文件或分次上传后重新提交；您填写的内容没有被保存。</p>
                        <p>错误代码：413</p><p><a href="/">返回首页</a></p></main></body></html>
                        """).getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("""
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>页面已过期 - 政府信息公开</title><link rel="stylesheet" href="/css/portal.css"></head>
                    <body><main id="main" class="wrap"><h1>页面已过期，请重新提交</h1>
                    <p>为保护您的信息，本站只接受从本站页面提交的表单。请返回上一页，刷新后再次提交；您填写的内容不会被保存或公开。</p>
                    <p>错误代码：403</p><p><a href="/">返回首页</a></p></main></body></html>
                    """).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A multipart body the container refused to read for its size. */
    static boolean tooLargeToRead(jakarta.servlet.http.HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            return true; // Tomcat: a part or the request exceeds the multipart limits
        } catch (java.io.IOException | jakarta.servlet.ServletException e) {
            return false;
        }
    }

    /** A request the firewall refuses (an encoded slash, a ';' path parameter…) gets 400, not 500. */
    @Bean
    WebSecurityCustomizer firewallAnswers400() {
        return web -> web.requestRejectedHandler(new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_BAD_REQUEST));
    }
}
