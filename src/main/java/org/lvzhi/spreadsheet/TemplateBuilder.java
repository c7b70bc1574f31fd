package org.lvzhi.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an import template: the data sheet to fill in, then a sheet "说明" describing it, in the
 * reader's language ({@code import.guide*}).
 */
final class TemplateBuilder {

  private TemplateBuilder() {}

  static byte[] build(String sheetName, List<SheetColumn> columns, List<List<String>> examples) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      String name = XlsxExport.safeSheetName(sheetName);
      dataSheet(workbook.createSheet(name), styles, columns, examples);
      String guide = SheetTexts.of("import.guideSheet");
      guide = name.equals(guide) ? SheetTexts.of("import.guideSheetOther", guide) : guide;
      guideSheet(workbook.createSheet(guide), styles, columns);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dataSheet(
      Sheet sheet, Styles styles, List<SheetColumn> columns, List<List<String>> examples) {
    ColumnWidths widths = new ColumnWidths();
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      SheetColumn column = columns.get(i);
      var cell = header.createCell(i);
      cell.setCellValue(column.header());
      cell.setCellStyle(column.required() ? styles.required : styles.header);
      // Text format keeps what people type as typed: 0-led and 18-digit numbers survive.
      sheet.setDefaultColumnStyle(i, styles.text);
      widths.fit(i, column.header());
    }
    for (int r = 0; r < examples.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<String> values = examples.get(r);
      for (int i = 0; i < values.size(); i++) {
        var cell = row.createCell(i);
        cell.setCellStyle(styles.text);
        cell.setCellValue(values.get(i) == null ? "" : values.get(i));
        widths.fit(i, cell.getStringCellValue());
      }
    }
    sheet.createFreezePane(0, 1);
    widths.applyTo(sheet);
  }

  private static void guideSheet(Sheet sheet, Styles styles, List<SheetColumn> columns) {
    ColumnWidths widths = new ColumnWidths();
    String[] titles = {SheetTexts.of("import.guideColumn"), SheetTexts.of("import.guideRequired")};
    Row header = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      header.createCell(i).setCellValue(titles[i]);
      header.getCell(i).setCellStyle(styles.header);
      widths.fit(i, titles[i]);
    }
    for (int r = 0; r < columns.size(); r++) {
      SheetColumn column = columns.get(r);
      Row row = sheet.createRow(r + 1);
      row.createCell(0).setCellValue(column.header());
      row.createCell(1)
          .setCellValue(SheetTexts.of(column.required() ? "import.guideYes" : "import.guideNo"));
      widths.fit(0, column.header());
    }
    Row note = sheet.createRow(columns.size() + 2);
    note.createCell(0).setCellValue(SheetTexts.of("import.guideNote"));
    widths.applyTo(sheet);
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle required;
    final CellStyle text;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      Font redBold = workbook.createFont();
      redBold.setBold(true);
      redBold.setColor(IndexedColors.RED.getIndex());
      header = workbook.createCellStyle();
      header.setFont(bold);
      required = workbook.createCellStyle();
      required.setFont(redBold);
      text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }
  }
}
