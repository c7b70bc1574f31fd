package org.lvzhi.spreadsheet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes values into cells of one workbook with a handful of shared styles (a workbook holds at
 * most 64000 styles, so one style per cell is not an option). Returns the text shown, for widths.
 */
final class CellWriter {

  // Excel keeps 15 significant digits; longer whole numbers (ID numbers) are written as text.
  private static final int MAX_NUMERIC_DIGITS = 15;
  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle wholeNumber;

  CellWriter(Workbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    date = withFormat(workbook, "yyyy-mm-dd");
    dateTime = withFormat(workbook, "yyyy-mm-dd hh:mm");
    wholeNumber = withFormat(workbook, "0");
  }

  void header(Cell cell, String text) {
    cell.setCellValue(text);
    cell.setCellStyle(header);
  }

  String value(Cell cell, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return number(cell, number);
    }
    if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(date);
      return day.toString();
    }
    if (value instanceof LocalDateTime at) {
      cell.setCellValue(at);
      cell.setCellStyle(dateTime);
      return at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }
    String text = value instanceof Boolean b ? (b ? "是" : "否") : value.toString();
    // Excel cannot hold longer text in a cell; cutting it beats failing half-way through a stream.
    text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    cell.setCellValue(text);
    return text;
  }

  private String number(Cell cell, Number number) {
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      cell.setCellValue(number.toString());
      return number.toString();
    }
    BigDecimal decimal = decimal(number);
    boolean whole = decimal.stripTrailingZeros().scale() <= 0;
    String text = decimal.stripTrailingZeros().toPlainString();
    if (whole && decimal.precision() - decimal.scale() > MAX_NUMERIC_DIGITS) {
      cell.setCellValue(text);
      return text;
    }
    cell.setCellValue(d);
    if (whole) {
      // "General" would show 12-digit whole numbers as 1.23457E+11.
      cell.setCellStyle(wholeNumber);
    }
    return text;
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (number instanceof Double || number instanceof Float) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(number.doubleValue());
    }
  }

  private static CellStyle withFormat(Workbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
