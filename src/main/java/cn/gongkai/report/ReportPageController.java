package cn.gongkai.report;

import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.request.ApplicantType;
import cn.gongkai.system.AgencyClock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The annual report's figures for the public: /reports/annual (last year's) and
 * /reports/annual/{year}. Staff see the same page with every cell drilling down to its
 * applications at /staff/reports/annual/{year}.
 */
@Controller
public class ReportPageController {

    static final String VIEW = "report/annual";

    private final AnnualReportService reports;
    private final CatalogueProperties catalogue;
    private final AgencyClock clock;

    ReportPageController(AnnualReportService reports, CatalogueProperties catalogue, AgencyClock clock) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/reports/annual")
    String lastYear() {
        return "redirect:/reports/annual/" + (clock.today().getYear() - 1);
    }

    @GetMapping("/reports/annual/{year}")
    String annual(@PathVariable String year, Model model) {
        fill(model, reports.build(Years.parse(year)), "/reports/annual", false);
        return VIEW;
    }

    /** Puts what the report page needs into the model. */
    public void fill(Model model, AnnualReport report, String base, boolean drill) {
        model.addAttribute("report", report);
        model.addAttribute("base", base);
        model.addAttribute("drill", drill);
        model.addAttribute("columns", List.of(ApplicantType.values()));
        model.addAttribute("balanceNote", ApplicationTable.BALANCE_NOTE);
        model.addAttribute("categories", catalogue.categoryNames());
        if (drill) {
            model.addAttribute("anomalies", reports.anomalies(report.year()));
        }
    }
}
