package cn.gongkai.security;

import org.springframework.http.HttpHeaders;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is asking, for staff pages outside the Camunda webapps: the user logged in to Tasklist or
 * Cockpit in this browser session (so links on task forms just work), else HTTP Basic against the
 * Camunda identity service, throttled like every login ({@link LoginThrottle}). The only class that
 * reads the webapps' session.
 */
@Component
public class StaffAuthentication {

    static final String ENGINE = "default";
    /** What a staff page asks a browser that is not logged in for. */
    public static final String CHALLENGE = "Basic realm=\"Gongkai staff\", charset=\"UTF-8\"";

    private final IdentityService identity;
    private final LoginThrottle throttle;

    StaffAuthentication(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    /** The logged-in staff member; when there is none, the response is made {@code 401} with the login challenge. */
    public Optional<StaffUser> currentOrChallenge(HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = current(request);
        if (user.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return user;
    }

    public Optional<StaffUser> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            Authentication auth = auths.getAuthenticationForProcessEngine(ENGINE);
            if (auth != null && auth.getIdentityId() != null) {
                return Optional.of(new StaffUser(auth.getIdentityId(), groups(auth.getIdentityId())));
            }
        }
        Optional<BasicCredentials> basic = BasicCredentials.of(request);
        if (basic.isEmpty()) {
            return Optional.empty();
        }
        String user = basic.get().user();
        String client = request.getRemoteAddr();
        throttle.check(client, user).ifPresent(refusal -> {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "登录失败次数过多，请 " + refusal.retryAfter().toSeconds() + " 秒后再试");
        });
        if (!identity.checkPassword(user, basic.get().password())) {
            throttle.failed(client, user);
            return Optional.empty();
        }
        return Optional.of(new StaffUser(user, groups(user)));
    }

    private List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
