package cn.gongkai.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for staff pages outside the Camunda webapps: the user logged in to Tasklist or
 * Cockpit in this browser session (so links on task forms just work), else HTTP Basic against the
 * Camunda identity service. The only class that reads the webapps' session.
 */
@Component
class StaffAuthentication {

    static final String ENGINE = "default";

    private final IdentityService identity;

    StaffAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    Optional<StaffUser> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            Authentication auth = auths.getAuthenticationForProcessEngine(ENGINE);
            if (auth != null && auth.getIdentityId() != null) {
                return Optional.of(new StaffUser(auth.getIdentityId(), groups(auth.getIdentityId())));
            }
        }
        return basic(request.getHeader("Authorization"));
    }

    private Optional<StaffUser> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        return Optional.of(new StaffUser(user, groups(user)));
    }

    private List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
