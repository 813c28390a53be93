package cn.gongkai.report;

import cn.gongkai.documents.LetterWriter;
import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.request.ApplicantType;
import cn.gongkai.system.AgencyTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The annual report's figures for the public: /reports/annual (last year's), /reports/annual/{year}
 * and its downloads {year}.docx (the report with its tables, ready to edit) and {year}.xlsx. Staff see the same page with every cell drilling down to its
 * applications at /staff/reports/annual/{year}.
 */
@Controller
class ReportPageController {

    static final String VIEW = "report/annual";
    static final MediaType DOCX = LetterWriter.DOCX;
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReportService reports;
    private final CatalogueProperties catalogue;
    private final AgencyTime clock;
    private final ReportDocument document;
    private final ReportWorkbook workbook;
    private final ReportProperties properties;

    ReportPageController(AnnualReportService reports, CatalogueProperties catalogue, AgencyTime clock,
            ReportDocument document, ReportWorkbook workbook, ReportProperties properties) {
        this.reports = reports;
        this.catalogue = catalogue;
        this.clock = clock;
        this.document = document;
        this.workbook = workbook;
        this.properties = properties;
    }

    @GetMapping("/reports/annual")
    String lastYear() {
        return "redirect:/reports/annual/" + (clock.today().getYear() - 1);
    }

    @GetMapping("/reports/annual/{year}.docx")
    ResponseEntity<byte[]> docx(@PathVariable String year) {
        AnnualReport report = reports.build(Years.parse(year));
        return download(document.write(report), report.year() + "年政府信息公开工作年度报告.docx", DOCX);
    }

    @GetMapping("/reports/annual/{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String year) {
        AnnualReport report = reports.build(Years.parse(year));
        return download(workbook.write(report), report.year() + "年政府信息公开工作年度报告统计表.xlsx", XLSX);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @GetMapping("/reports/annual/{year}")
    String annual(@PathVariable String year, Model model) {
        fill(model, reports.build(Years.parse(year)), "/reports/annual", false);
        return VIEW;
    }

    /** Puts what the report page needs into the model. */
    void fill(Model model, AnnualReport report, String base, boolean drill) {
        model.addAttribute("report", report);
        model.addAttribute("base", base);
        model.addAttribute("drill", drill);
        model.addAttribute("columns", List.of(ApplicantType.values()));
        model.addAttribute("balanceNote", ApplicationTable.BALANCE_NOTE);
        model.addAttribute("categories", catalogue.categoryNames());
        model.addAttribute("figureBlocks", FigureBlock.of(report.finalEntry()));
        model.addAttribute("publishBy", properties.publishBy().atYear(report.year() + 1));
        if (drill) {
            model.addAttribute("anomalies", reports.anomalies(report.year()));
        }
    }
}
