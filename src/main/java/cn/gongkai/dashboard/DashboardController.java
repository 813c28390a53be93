package cn.gongkai.dashboard;

import cn.gongkai.agency.AgencyGroups;
import cn.gongkai.agency.AgencyProperties;
import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 督查看板 at {@code /staff/dashboard}: the supervisors, the leadership and the disclosure office see
 * the whole agency (or one division, with {@code ?division=}); a division's head sees the division;
 * nobody else sees it. Each picture's table is exported as .xlsx; the bars of the deadline picture
 * lead to {@code /staff/dashboard/open}, the applications behind them.
 */
@Controller
class DashboardController {

    static final List<String> AGENCY_WIDE = List.of(AgencyGroups.SUPERVISORS, AgencyGroups.LEADERSHIP,
            AgencyGroups.DISCLOSURE_OFFICE, AgencyGroups.DISCLOSURE_OFFICE_HEAD, AgencyGroups.ADMIN);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final StaffAuthentication authentication;
    private final Dashboard dashboard;
    private final DashboardWorkbook workbook;
    private final AgencyProperties agency;

    DashboardController(StaffAuthentication authentication, Dashboard dashboard, DashboardWorkbook workbook,
            AgencyProperties agency) {
        this.authentication = authentication;
        this.dashboard = dashboard;
        this.workbook = workbook;
        this.agency = agency;
    }

    @GetMapping("/staff/dashboard")
    String page(@RequestParam(required = false) String division, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Scope> scope = scope(division, request, response);
        if (scope.isEmpty()) {
            return "staff/denied";
        }
        model.addAttribute("view", dashboard.view(scope.get()));
        model.addAttribute("query", scope.get().wholeAgency() || division == null ? "" : "?division=" + division);
        model.addAttribute("divisions", mayChoose(request) ? agency.divisions() : List.of());
        return "staff/dashboard";
    }

    @GetMapping("/staff/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String division, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Scope> scope = scope(division, request, response);
        if (scope.isEmpty()) {
            return ResponseEntity.status(response.getStatus()).build();
        }
        Dashboard.View view = dashboard.view(scope.get());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(view.scope().name() + "督查看板-" + view.today() + ".xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .body(workbook.write(view));
    }

    @GetMapping("/staff/dashboard/open")
    String open(@RequestParam String bucket, @RequestParam(required = false) String division,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Scope> scope = scope(division, request, response);
        if (scope.isEmpty()) {
            return "staff/denied";
        }
        Dashboard.Bucket chosen;
        try {
            chosen = Dashboard.Bucket.valueOf(bucket);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", "「bucket」取值无效「" + bucket + "」，可选值：OVERDUE、THIS_WEEK、NEXT_WEEK、LATER、PAUSED");
            return "staff/dashboard-open";
        }
        model.addAttribute("scope", scope.get());
        model.addAttribute("bucket", chosen);
        model.addAttribute("matters", dashboard.openIn(scope.get(), chosen));
        model.addAttribute("agency", agency);
        return "staff/dashboard-open";
    }

    /**
     * The scope the user may see: the whole agency or the division asked for, for the agency-wide
     * groups; their own division, for a division's head; empty (and 401 or 403 answered) otherwise.
     */
    private Optional<Scope> scope(String division, HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (division != null && agency.division(division).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return Optional.empty();
        }
        if (user.get().inAny(AGENCY_WIDE)) {
            return Optional.of(division == null ? Scope.agency(agency.name())
                    : new Scope(division, agency.divisionName(division)));
        }
        Optional<AgencyProperties.Division> headOf = agency.divisions().stream()
                .filter(d -> user.get().inAny(List.of(AgencyGroups.head(d.code()))))
                .filter(d -> division == null || d.code().equals(division))
                .findFirst();
        if (headOf.isEmpty()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.empty();
        }
        return Optional.of(new Scope(headOf.get().code(), headOf.get().name()));
    }

    private boolean mayChoose(HttpServletRequest request) {
        return authentication.current(request).map(u -> u.inAny(AGENCY_WIDE)).orElse(false);
    }
}
