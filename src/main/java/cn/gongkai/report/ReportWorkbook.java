package cn.gongkai.report;

import cn.gongkai.catalogue.DocumentType;
import cn.gongkai.request.ApplicantType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The report's tables as an .xlsx workbook, one sheet per section (二, 三, 四), laid out as the
 * 2021 format prints them, numbers as numbers, so that staff can check and extend them in Excel or WPS.
 */
@Component
public class ReportWorkbook {

    public byte[] write(AnnualReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            sectionTwo(book.createSheet("二、主动公开"), report, styles);
            sectionThree(book.createSheet("三、依申请公开"), report, styles);
            sectionFour(book.createSheet("四、复议诉讼"), report, styles);
            book.getProperties().getCoreProperties().setTitle(report.agency() + report.year() + "年政府信息公开工作年度报告");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annual report workbook", e);
        }
    }

    private static void sectionTwo(Sheet sheet, AnnualReport report, Styles s) {
        title(sheet, "二、主动公开政府信息情况", 4, s);
        Row block = sheet.createRow(1);
        text(block, 0, "第二十条第（一）项", s.header);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        texts(sheet.createRow(2), s.header, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        int r = 3;
        for (Map.Entry<DocumentType, ProactiveSummary.DocumentCounts> d : report.proactive().documents().entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, d.getKey().label(), s.label);
            number(row, 1, d.getValue().issued(), s.number);
            number(row, 2, d.getValue().repealed(), s.number);
            number(row, 3, d.getValue().inForce(), s.number);
        }
        r++;
        for (FigureBlock figures : FigureBlock.of(report.finalEntry())) {
            Row head = sheet.createRow(r);
            text(head, 0, figures.item(), s.header);
            text(head, 1, "", s.header);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            r++;
            texts(sheet.createRow(r++), s.header, "信息内容", figures.measure());
            for (Map.Entry<String, Number> figure : figures.figures().entrySet()) {
                Row row = sheet.createRow(r++);
                text(row, 0, figure.getKey(), s.label);
                if (figure.getValue() == null) {
                    text(row, 1, FigureBlock.TO_ENTER, s.label);
                } else {
                    Cell cell = row.createCell(1);
                    cell.setCellValue(figure.getValue().doubleValue());
                    cell.setCellStyle(s.number);
                }
            }
            r++;
        }
        sheet.setColumnWidth(0, 24 * 256);
        for (int c = 1; c < 4; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private static void sectionThree(Sheet sheet, AnnualReport report, Styles s) {
        title(sheet, "三、收到和处理政府信息公开申请情况", 8, s);
        Row h1 = sheet.createRow(1);
        Row h2 = sheet.createRow(2);
        Row h3 = sheet.createRow(3);
        text(h1, 0, ApplicationTable.BALANCE_NOTE, s.header);
        text(h1, 1, "申请人情况", s.header);
        text(h2, 1, "自然人", s.header);
        text(h2, 2, "法人或其他组织", s.header);
        text(h2, 7, "总计", s.header);
        List<ApplicantType> organisations = List.of(ApplicantType.values()).subList(1, ApplicantType.values().length);
        for (int i = 0; i < organisations.size(); i++) {
            text(h3, 2 + i, organisations.get(i).label(), s.header);
        }
        for (Row row : List.of(h1, h2, h3)) {
            for (int c = 0; c <= 7; c++) {
                if (row.getCell(c) == null) {
                    text(row, c, "", s.header);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 7));
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 6));
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 7, 7));
        int r = 4;
        for (ReportRow row : report.applications().rows()) {
            Row line = sheet.createRow(r);
            text(line, 0, "  ".repeat(row.level()) + row.label(), s.label);
            if (row.heading()) {
                for (int c = 1; c <= 7; c++) {
                    text(line, c, "", s.label);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
            } else {
                int c = 1;
                for (ApplicantType type : ApplicantType.values()) {
                    number(line, c++, row.count(type), s.number);
                }
                number(line, 7, row.total(), s.number);
            }
            r++;
        }
        sheet.setColumnWidth(0, 56 * 256);
        for (int c = 1; c <= 7; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        sheet.createFreezePane(1, 4);
    }

    private static void sectionFour(Sheet sheet, AnnualReport report, Styles s) {
        title(sheet, "四、政府信息公开行政复议、行政诉讼情况", 15, s);
        Row h1 = sheet.createRow(1);
        Row h2 = sheet.createRow(2);
        Row h3 = sheet.createRow(3);
        for (int c = 0; c < 15; c++) {
            text(h1, c, c == 0 ? "行政复议" : c == 5 ? "行政诉讼" : "", s.header);
            text(h2, c, c == 5 ? "未经复议直接起诉" : c == 10 ? "复议后起诉" : "", s.header);
            text(h3, c, List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计").get(c % 5), s.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 4));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 5, 14));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 5, 9));
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 10, 14));
        Row values = sheet.createRow(4);
        List<Long> cells = report.cases().cells();
        for (int c = 0; c < 15; c++) {
            number(values, c, cells.get(c), s.number);
        }
    }

    private static void title(Sheet sheet, String text, int width, Styles s) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    }

    private static void texts(Row row, CellStyle style, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            text(row, i, texts[i], style);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles of the workbook. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle number;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            Font plain = book.createFont();
            plain.setFontName("宋体");
            title = book.createCellStyle();
            title.setFont(bold);
            header = bordered(book, bold, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            label = bordered(book, plain, HorizontalAlignment.LEFT);
            label.setWrapText(true);
            number = bordered(book, plain, HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(XSSFWorkbook book, Font font, HorizontalAlignment alignment) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
