package cn.gongkai.staff;

import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For administrators: which clients and accounts are throttled after failed logins, how long their
 * wait still lasts, and a button to lift a throttle at once (for a colleague who mistyped too
 * often). Throttles end by themselves; this only shortens the wait.
 */
@Controller
class ThrottlesController {

    private static final Logger log = LoggerFactory.getLogger(ThrottlesController.class);

    private final StaffAuthentication authentication;
    private final LoginThrottle throttle;

    ThrottlesController(StaffAuthentication authentication, LoginThrottle throttle) {
        this.authentication = authentication;
        this.throttle = throttle;
    }

    @GetMapping("/staff/security/throttles")
    String list(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (administrator(request, response).isEmpty()) {
            return "staff/denied";
        }
        model.addAttribute("throttled", throttle.throttled());
        return "staff/throttles";
    }

    @PostMapping("/staff/security/throttles/lift")
    String lift(@RequestParam String kind, @RequestParam String key, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<StaffUser> admin = administrator(request, response);
        if (admin.isEmpty()) {
            return "staff/denied";
        }
        if (throttle.lift(kind, key)) {
            log.warn("SECURITY-004 {} throttle on {} lifted by {}", kind, key, admin.get().id());
        }
        return "redirect:/staff/security/throttles";
    }

    /** The administrator asking; empty (and the response 401 or 403) for anyone else. */
    private Optional<StaffUser> administrator(HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isPresent() && !user.get().inAny(List.of(AgencyGroups.ADMIN))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return user;
    }
}
