package cn.gongkai.report;

import cn.gongkai.catalogue.CatalogueProperties;
import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.request.ApplicantType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.springframework.stereotype.Component;

/**
 * The annual report as an editable .docx: the six parts of the 2021 format with the counted tables
 * (二, 三, 四) and the counted facts; the narrative the agency writes itself is marked where it goes.
 * Word and WPS open it; headings in 黑体, text in 仿宋_GB2312, tables in 宋体.
 */
@Component
public class ReportDocument {

    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    static final String TO_WRITE = "（此处由本机关撰写。）";

    private final CatalogueProperties catalogue;

    ReportDocument(CatalogueProperties catalogue) {
        this.catalogue = catalogue;
    }

    public byte[] write(AnnualReport report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = report.agency() + report.year() + "年政府信息公开工作年度报告";
            doc.getProperties().getCoreProperties().setTitle(title);
            XWPFParagraph head = doc.createParagraph();
            head.setAlignment(ParagraphAlignment.CENTER);
            run(head, title, "方正小标宋简体", 22, false);
            paragraph(doc, "本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号规定的年度报告格式编制，统计期限为 "
                    + report.year() + " 年 1 月 1 日至 12 月 31 日。表中数字由政府信息公开工作系统依据申请、答复和公开目录的记录统计。");

            ReportEntry entry = report.finalEntry();
            heading(doc, "一、总体情况");
            paragraph(doc, facts(report));
            narrative(doc, entry == null ? null : entry.overview(),
                    "（此处由本机关撰写主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等情况。）");

            heading(doc, "二、主动公开政府信息情况");
            sectionTwo(doc, report);

            heading(doc, "三、收到和处理政府信息公开申请情况");
            sectionThree(doc, report);
            if (!report.applications().balanced()) {
                for (BalanceProblem p : report.applications().problems()) {
                    paragraph(doc, "勾稽关系检查未通过：" + p.description() + "。");
                }
            }

            heading(doc, "四、政府信息公开行政复议、行政诉讼情况");
            sectionFour(doc, report.cases());

            heading(doc, "五、存在的主要问题及改进情况");
            narrative(doc, entry == null ? null : entry.problems(), TO_WRITE);
            heading(doc, "六、其他需要报告的事项");
            paragraph(doc, report.feesSentence());
            narrative(doc, entry == null ? null : entry.otherMatters(), "（此处由本机关撰写其他需要报告的事项。）");

            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annual report document", e);
        }
    }

    /** The counted facts of 一、总体情况, in the seed report's manner. */
    String facts(AnnualReport report) {
        ProactiveSummary p = report.proactive();
        ApplicationTable t = report.applications();
        List<String> categories = new ArrayList<>();
        for (Map.Entry<String, Long> c : p.byCategory().entrySet()) {
            categories.add(catalogue.categoryName(c.getKey()) + " " + c.getValue() + " 条");
        }
        return "本年度主动公开政府信息 " + p.total() + " 条" + (categories.isEmpty() ? "" : "，其中" + String.join("、", categories))
                + "，全文电子化率 " + Math.round(p.fullTextElectronicRate() * 1000) / 10.0 + "%。本年新收政府信息公开申请 "
                + t.row(ApplicationTable.NEW).total() + " 件，上年结转 " + t.row(ApplicationTable.CARRIED_OVER).total()
                + " 件，本年度办结 " + t.row(ApplicationTable.TOTAL).total() + " 件，结转下年度继续办理 "
                + t.row(ApplicationTable.CARRIED_FORWARD).total() + " 件。" + consultations(report);
    }

    /** "受理咨询 N 件，其中网上咨询 a 件、主任信箱 b 件…", the seed report's way of counting them. */
    public static String consultations(AnnualReport report) {
        List<String> parts = new ArrayList<>();
        report.consultations().forEach((channel, n) -> {
            if (n > 0) {
                parts.add(channel.label() + " " + n + " 件");
            }
        });
        return "本年度受理咨询 " + report.consultationsTotal() + " 件" + (parts.isEmpty() ? "" : "，其中" + String.join("、", parts))
                + "。";
    }

    private static void sectionTwo(XWPFDocument doc, AnnualReport report) {
        XWPFTable table = table(doc, 2 + report.proactive().documents().size(), 4);
        cell(table, 0, 0, "第二十条第（一）项", true);
        hmerge(table, 0, 0, 3);
        String[] head = {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"};
        for (int c = 0; c < 4; c++) {
            cell(table, 1, c, head[c], true);
        }
        int r = 2;
        for (Map.Entry<DocumentType, ProactiveSummary.DocumentCounts> d : report.proactive().documents().entrySet()) {
            cell(table, r, 0, d.getKey().label(), false);
            cell(table, r, 1, String.valueOf(d.getValue().issued()), false);
            cell(table, r, 2, String.valueOf(d.getValue().repealed()), false);
            cell(table, r, 3, String.valueOf(d.getValue().inForce()), false);
            r++;
        }
        for (FigureBlock figures : FigureBlock.of(report.finalEntry())) {
            XWPFTable block = table(doc, 2 + figures.figures().size(), 2);
            cell(block, 0, 0, figures.item(), true);
            hmerge(block, 0, 0, 1);
            cell(block, 1, 0, "信息内容", true);
            cell(block, 1, 1, figures.measure(), true);
            int row = 2;
            for (Map.Entry<String, Number> figure : figures.figures().entrySet()) {
                cell(block, row, 0, figure.getKey(), false);
                cell(block, row, 1, FigureBlock.text(figure.getValue()), false);
                row++;
            }
        }
    }

    private static void sectionThree(XWPFDocument doc, AnnualReport report) {
        List<ReportRow> rows = report.applications().rows();
        XWPFTable table = table(doc, 3 + rows.size(), 8);
        widths(table, 3400, 800, 800, 800, 800, 800, 800, 800);
        cell(table, 0, 0, ApplicationTable.BALANCE_NOTE, true);
        cell(table, 0, 1, "申请人情况", true);
        hmerge(table, 0, 1, 7);
        cell(table, 1, 1, "自然人", true);
        cell(table, 1, 2, "法人或其他组织", true);
        hmerge(table, 1, 2, 6);
        cell(table, 1, 7, "总计", true);
        ApplicantType[] types = ApplicantType.values();
        for (int i = 1; i < types.length; i++) {
            cell(table, 2, 1 + i, types[i].label(), true);
        }
        vmerge(table, 0, 2, 0);
        vmerge(table, 1, 2, 1);
        vmerge(table, 1, 2, 7);
        int r = 3;
        for (ReportRow row : rows) {
            cell(table, r, 0, "\u3000".repeat(row.level()) + row.label(), false);
            if (row.heading()) {
                hmerge(table, r, 0, 7);
            } else {
                for (int i = 0; i < types.length; i++) {
                    cell(table, r, 1 + i, String.valueOf(row.count(types[i])), false);
                }
                cell(table, r, 7, String.valueOf(row.total()), false);
            }
            r++;
        }
    }

    private static void sectionFour(XWPFDocument doc, CaseTable cases) {
        XWPFTable table = table(doc, 4, 15);
        cell(table, 0, 0, "行政复议", true);
        hmerge(table, 0, 0, 4);
        vmerge(table, 0, 1, 0);
        cell(table, 0, 5, "行政诉讼", true);
        hmerge(table, 0, 5, 14);
        cell(table, 1, 5, "未经复议直接起诉", true);
        hmerge(table, 1, 5, 9);
        cell(table, 1, 10, "复议后起诉", true);
        hmerge(table, 1, 10, 14);
        String[] results = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        List<Long> cells = cases.cells();
        for (int c = 0; c < 15; c++) {
            cell(table, 2, c, results[c % 5], true);
            cell(table, 3, c, String.valueOf(cells.get(c)), false);
        }
    }

    private static XWPFTable table(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth("100%");
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
        return table;
    }

    private static void cell(XWPFTable table, int row, int column, String text, boolean bold) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(column == 0 && !bold ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        run(p, text, TABLE_FONT, 9, bold);
    }

    /** Column widths in twentieths of a point, for Word and LibreOffice alike (grid and every cell). */
    private static void widths(XWPFTable table, int... twips) {
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(twips[c]));
            }
        }
    }

    /** Merges cells [from, to] of a row into one (the first keeps its text). */
    private static void hmerge(XWPFTable table, int row, int from, int to) {
        for (int c = from; c <= to; c++) {
            CTTcPr pr = tcPr(table.getRow(row).getCell(c));
            pr.addNewHMerge().setVal(c == from ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** Merges the cells of a column over rows [from, to]. */
    private static void vmerge(XWPFTable table, int from, int to, int column) {
        for (int r = from; r <= to; r++) {
            CTTcPr pr = tcPr(table.getRow(r).getCell(column));
            pr.addNewVMerge().setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** The agency's own text, a paragraph per line, or where it goes while there is none. */
    private static void narrative(XWPFDocument doc, String text, String placeholder) {
        if (text == null || text.isBlank()) {
            paragraph(doc, placeholder);
            return;
        }
        for (String line : text.strip().split("\\R+")) {
            paragraph(doc, line.strip());
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setIndentationFirstLine(640);
        run(p, text, HEADING_FONT, 16, false);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, BODY_FONT, 16, false);
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
