package cn.gongkai.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of a login: a request that carries credentials is refused
 * with {@code 429} and {@code Retry-After} while its client or account is throttled, and counted as
 * a failure when the login behind answers {@code 401}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    /** The account a request tries to log in as, or null when it carries no credentials. */
    private final Function<HttpServletRequest, String> account;

    private LoginThrottleFilter(LoginThrottle throttle, Function<HttpServletRequest, String> account) {
        this.throttle = throttle;
        this.account = account;
    }

    /** HTTP Basic on every request ({@code /engine-rest}). */
    static LoginThrottleFilter basic(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, r -> BasicCredentials.of(r).map(BasicCredentials::user).orElse(null));
    }

    /** The webapps' login form: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}. */
    static LoginThrottleFilter webappLogin(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, r -> "POST".equals(r.getMethod())
                && r.getRequestURI().startsWith(r.getContextPath() + "/camunda/api/admin/auth/user/")
                && r.getRequestURI().contains("/login/") ? Optional.ofNullable(r.getParameter("username")).orElse("") : null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = account.apply(request);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        Optional<LoginThrottle.Refusal> refusal = throttle.check(client, user);
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(client, user);
        }
    }

    static void refuse(HttpServletResponse response, LoginThrottle.Refusal refusal) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfter().toSeconds()));
        response.setContentType("application/json;charset=UTF-8");
        String message = "登录失败次数过多，请 " + refusal.retryAfter().toSeconds() + " 秒后再试";
        response.getOutputStream().write(("{\"type\":\"TooManyLoginAttempts\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
