package cn.gongkai.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The dashboard's tables as an .xlsx workbook, one sheet per table, numbers as numbers. */
@Component
class DashboardWorkbook {

    byte[] write(Dashboard.View view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int n = 1;
            for (DashboardTable table : view.tables()) {
                // sheet names: at most 31 characters, unique
                Sheet sheet = workbook.createSheet(n++ + " " + cut(table.title(), 27).replaceAll("[\\\\/?*\\[\\]:]", "_"));
                int r = 0;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(view.scope().name() + " · " + table.title() + "（截至 " + view.today() + "）");
                title.getCell(0).setCellStyle(bold);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c).setCellValue(table.columns().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                for (DashboardTable.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.cells().size(); c++) {
                        Object value = row.cells().get(c);
                        if (value instanceof Number number) {
                            line.createCell(c).setCellValue(number.doubleValue());
                        } else if (value != null) {
                            line.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                if (table.note() != null) {
                    sheet.createRow(++r).createCell(0).setCellValue(table.note());
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
