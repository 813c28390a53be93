package cn.gongkai.security;

import cn.gongkai.agency.AgencyGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two rules the engine's authorizations do not cover, on both engine APIs ({@code /engine-rest}
 * and the webapps' {@code /camunda/api/engine}):
 * <ul>
 * <li>nothing is deployed while the application runs unless {@code gongkai.security.runtime-deployments}
 * is on: a deployment is code, and the application deploys its own models from the jar;</li>
 * <li>jobs and job definitions are changed (suspended, retried, re-timed, executed, deleted) by
 * administrators only: the engine checks no permission at all for jobs that belong to no process,
 * such as the history cleanup, so any logged-in user could stop the cleanup.</li>
 * </ul>
 */
class EngineApiGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);

    /** The engine API path after its root and the optional {@code /engine/{name}}. */
    private static final Pattern ENGINE_PATH =
            Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)?$");
    private static final Pattern DEPLOY = Pattern.compile("^/deployment/(?:create|[^/]+/redeploy)/?$");
    private static final Pattern JOBS = Pattern.compile("^/job(?:-definition)?(?:/.*)?$");
    /** Queries sent with POST. */
    private static final Set<String> JOB_QUERIES = Set.of("/job", "/job/count", "/job-definition", "/job-definition/count");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;
    private final boolean runtimeDeployments;

    EngineApiGuard(IdentityService identity, boolean runtimeDeployments) {
        this.identity = identity;
        this.runtimeDeployments = runtimeDeployments;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = ENGINE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        String path = m.matches() && m.group(1) != null ? m.group(1) : "";
        if (READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else if (DEPLOY.matcher(path).matches() && !runtimeDeployments) {
            refuse(request, response, "运行期间不允许部署流程、决策或表单（gongkai.security.runtime-deployments=false）");
        } else if (JOBS.matcher(path).matches() && !JOB_QUERIES.contains(stripSlash(path)) && !isAdmin(request)) {
            refuse(request, response, "只有系统管理员可以修改作业（挂起、重试、改期、执行、删除）");
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean isAdmin(HttpServletRequest request) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null) {
            return groups(current.getGroupIds()).contains(AgencyGroups.ADMIN);
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        return auths.getAuthentications().stream()
                .anyMatch(a -> a.getGroupIds() != null && a.getGroupIds().contains(AgencyGroups.ADMIN));
    }

    private static List<String> groups(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
            throws IOException {
        log.warn("SECURITY-020 refused {} {} from {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
