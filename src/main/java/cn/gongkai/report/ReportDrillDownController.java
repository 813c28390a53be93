package cn.gongkai.report;

import cn.gongkai.security.StaffAuthentication;
import cn.gongkai.security.StaffUser;
import cn.gongkai.request.ApplicantType;
import cn.gongkai.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report for the disclosure office and the other agency-wide groups: every cell links
 * to the applications it counts, and the records that break the cross-check are named.
 */
@Controller
class ReportDrillDownController {

    private final StaffAuthentication authentication;
    private final AnnualReportService reports;
    private final ReportPageController page;

    ReportDrillDownController(StaffAuthentication authentication, AnnualReportService reports, ReportPageController page) {
        this.authentication = authentication;
        this.reports = reports;
        this.page = page;
    }

    @GetMapping("/staff/reports/annual/{year}")
    String annual(@PathVariable String year, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowed(request, response)) {
            return "staff/denied";
        }
        page.fill(model, reports.build(Years.parse(year)), "/staff/reports/annual", true);
        return "report/annual";
    }

    @GetMapping("/staff/reports/annual/{year}/cell")
    String cell(@PathVariable String year, @RequestParam String row, @RequestParam(required = false) String column,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowed(request, response)) {
            return "staff/denied";
        }
        int y = Years.parse(year);
        ApplicantType type = column == null || column.isBlank() ? null : Arrays.stream(ApplicantType.values())
                .filter(t -> t.name().equals(column)).findFirst().orElse(null);
        if (type == null && column != null && !column.isBlank()) {
            Problems.reject("column", "「列」无法识别：" + column);
        }
        model.addAttribute("year", y);
        model.addAttribute("applications", reports.cell(y, row, type));
        model.addAttribute("rowLabel", reports.rowLabel(row));
        model.addAttribute("columnLabel", type == null ? "总计" : type.label());
        return "staff/report-cell";
    }

    private boolean allowed(HttpServletRequest request, HttpServletResponse response) {
        Optional<StaffUser> user = authentication.currentOrChallenge(request, response);
        if (user.isEmpty()) {
            return false;
        }
        if (!user.get().isAgencyWide()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return false;
        }
        return true;
    }
}
