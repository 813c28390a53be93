package cn.gongkai.staff;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.proactive.PublicationSuggestions;
import cn.gongkai.search.RepeatedRequests;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.system.ConflictException;
import cn.gongkai.system.FieldProblem;
import cn.gongkai.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 多次申请的信息 (Art. 44) at {@code /staff/repeated}, for the disclosure office: the applications
 * that ask for the same information, grouped with their counts, and one action per group that
 * starts a proactive-disclosure draft for the division with the applications linked.
 */
@Controller
class RepeatedRequestsController {

    static final List<String> OFFICE = List.of(AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD);

    private final StaffAuthentication authentication;
    private final RepeatedRequests repeated;
    private final PublicationSuggestions suggestions;
    private final AgencyProperties agency;

    RepeatedRequestsController(StaffAuthentication authentication, RepeatedRequests repeated,
            PublicationSuggestions suggestions, AgencyProperties agency) {
        this.authentication = authentication;
        this.repeated = repeated;
        this.suggestions = suggestions;
        this.agency = agency;
    }

    @GetMapping("/staff/repeated")
    String page(@RequestParam(required = false) String started, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (office(request, response).isEmpty()) {
            return "staff/denied";
        }
        model.addAttribute("started", started);
        return show(model);
    }

    @PostMapping("/staff/repeated")
    String suggest(@RequestParam(required = false) List<Long> requestIds, @RequestParam(required = false) String division,
            @RequestParam(required = false) String title, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<StaffUser> user = office(request, response);
        if (user.isEmpty()) {
            return "staff/denied";
        }
        try {
            String pi = suggestions.suggest(requestIds, division, title, user.get().id());
            return "redirect:/staff/repeated?started=" + pi;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return show(model);
    }

    private String show(Model model) {
        RepeatedRequests.Candidates candidates = repeated.candidates();
        model.addAttribute("groups", candidates.groups());
        model.addAttribute("total", candidates.total());
        model.addAttribute("agency", agency);
        return "staff/repeated";
    }

    private Optional<StaffUser> office(HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isPresent() && !user.get().inAny(OFFICE)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return user;
    }
}
