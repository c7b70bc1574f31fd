package org.lvzhi.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML row by row (SAX), so a large upload is refused at the row limit instead
 * of being loaded whole into memory first, and turns each cell into the text the person saw.
 */
final class XlsxSheetHandler extends DefaultHandler {

  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Consumer<RawRow> sink;
  private final ImportLimits limits;

  private final StringBuilder text = new StringBuilder();
  private List<String> cells;
  private int rowNumber;
  private int column;
  private String type;
  private int style;
  private boolean inText;
  private boolean inPhonetic;

  XlsxSheetHandler(
      SharedStrings strings,
      StylesTable styles,
      boolean date1904,
      Consumer<RawRow> sink,
      ImportLimits limits) {
    this.limits = limits;
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.sink = sink;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attrs) {
    switch (Xml.name(localName, qName)) {
      case "row" -> {
        String r = attrs.getValue("r");
        rowNumber = r == null ? rowNumber + 1 : rowNumber(r);
        cells = new ArrayList<>();
      }
      case "c" -> {
        String r = attrs.getValue("r");
        column = r == null ? cells.size() : column(r);
        type = attrs.getValue("t");
        String s = attrs.getValue("s");
        style = s == null ? 0 : number(s, 0);
        text.setLength(0);
      }
      case "v", "t" -> inText = !inPhonetic;
      case "rPh" -> inPhonetic = true;
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      limits.checkCell(rowNumber, text.length() + length);
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    switch (Xml.name(localName, qName)) {
      case "v", "t" -> inText = false;
      case "rPh" -> inPhonetic = false;
      case "c" -> {
        while (cells.size() <= column) {
          cells.add(null);
        }
        String value = cellText(text.toString());
        limits.checkCell(rowNumber, value == null ? 0 : value.length());
        cells.set(column, value);
      }
      case "row" -> sink.accept(new RawRow(rowNumber, cells));
      default -> {}
    }
  }

  private String cellText(String raw) {
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> sharedString(raw);
      case "b" -> raw.strip().equals("1") || raw.strip().equalsIgnoreCase("true") ? "是" : "否";
      case "d" -> raw.length() > 10 ? raw.substring(0, 10) : raw;
      case "n" -> raw.isBlank() ? "" : numeric(raw);
      default -> raw; // inlineStr, str (a formula's text result), e (an error such as #N/A)
    };
  }

  /** A shared string by its index; an index the file does not have is the file's own fault. */
  private String sharedString(String raw) {
    int index = number(raw.strip(), -1);
    if (index < 0 || index >= strings.getCount()) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.brokenXlsx"));
    }
    return strings.getItemAt(index).getString();
  }

  /** Rows Excel can have: 1 to 1 048 576; anything else is a broken file. */
  private static int rowNumber(String r) {
    int row = number(r, -1);
    if (row < 1 || row > 1_048_576) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.brokenXlsx"));
    }
    return row;
  }

  /** Columns Excel can have: A to XFD. */
  private static int column(String r) {
    try {
      int col = new CellReference(r).getCol();
      if (col < 0 || col > 16_383) {
        throw new IllegalArgumentException(r);
      }
      return col;
    } catch (RuntimeException e) {
      throw Spreadsheets.unreadable(SheetTexts.of("import.brokenXlsx"));
    }
  }

  private static int number(String text, int otherwise) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private String numeric(String raw) {
    try {
      if (styles != null && style < styles.getNumCellStyles()) {
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        int formatIndex = cellStyle.getDataFormat();
        String format = cellStyle.getDataFormatString();
        if (CellText.isDateFormat(formatIndex, format)) {
          return CellText.date(raw, date1904, formatIndex, format);
        }
      }
      return CellText.number(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
  }
}
