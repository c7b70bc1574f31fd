package org.lvzhi.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads imported .xlsx and .csv files and writes .xlsx exports and import templates. Imports are
 * all-or-nothing: a refused file raises {@link ImportRejectedException} with every problem found.
 */
@Component
public class Spreadsheets {

  static final int DEFAULT_MAX_ROWS = 10_000;

  private final ImportLimits limits;

  public Spreadsheets() {
    this(DEFAULT_MAX_ROWS);
  }

  public Spreadsheets(int maxRows) {
    this(maxRows, ImportLimits.DEFAULT.maxCellLength(), ImportLimits.DEFAULT.maxUncompressedSize());
  }

  /**
   * @param maxRows data rows an import may hold ({@code lvzhi.import.max-rows})
   * @param maxCellLength characters one cell may hold ({@code lvzhi.import.max-cell-length})
   * @param maxUncompressedSize bytes an import may unpack to ({@code
   *     lvzhi.import.max-uncompressed-size}): the sum of an .xlsx's zip entries, a .csv's size
   */
  @Autowired
  public Spreadsheets(
      @Value("${lvzhi.import.max-rows:${lvzhi.spreadsheet.max-rows:10000}}") int maxRows,
      @Value("${lvzhi.import.max-cell-length:32767}") int maxCellLength,
      @Value("${lvzhi.import.max-uncompressed-size:50MB}")
          org.springframework.util.unit.DataSize maxUncompressedSize) {
    this(maxRows, maxCellLength, maxUncompressedSize.toBytes());
  }

  Spreadsheets(int maxRows, int maxCellLength, long maxUncompressedSize) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1");
    }
    this.limits = new ImportLimits(maxRows, maxCellLength, maxUncompressedSize);
  }

  /**
   * Reads the data rows of an .xlsx (first sheet) or .csv file, chosen by the file name's
   * extension. The first non-blank row is the header; columns are matched by header text, a
   * trailing star ignored; unknown columns are ignored and blank rows skipped. Does not close in.
   *
   * @throws ImportRejectedException for an unsupported, unreadable or oversized file or missing
   *     required columns
   */
  public List<SheetRow> read(String filename, InputStream in, List<SheetColumn> columns) {
    boolean xlsx = isXlsx(filename);
    SheetRowCollector collector = new SheetRowCollector(columns, limits.maxRows());
    try {
      if (xlsx) {
        XlsxSource.read(in, collector, limits);
      } else {
        CsvSource.read(in, collector, limits);
      }
    } catch (ImportRejectedException e) {
      throw e;
    } catch (Exception e) {
      ImportRejectedException rejected =
          unreadable(SheetTexts.of(xlsx ? "import.brokenXlsx" : "import.brokenCsv"));
      rejected.initCause(e);
      throw rejected;
    }
    return collector.rows();
  }

  /**
   * Streams rows to an .xlsx with one bold, frozen header row, keeping only about 100 rows in
   * memory. Values may be String, Number, LocalDate, LocalDateTime, Boolean (是/否) or null (blank);
   * anything else is written as its toString(). Does not close out or rows.
   */
  public void writeXlsx(
      OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows)
      throws IOException {
    writeXlsx(out, List.of(new Sheet(sheetName, headers, rows)));
  }

  /**
   * Several sheets in one .xlsx, each written as {@link #writeXlsx(OutputStream, String, List,
   * Stream)} writes one.
   */
  public void writeXlsx(OutputStream out, List<Sheet> sheets) throws IOException {
    XlsxExport.write(out, sheets);
  }

  /** One sheet of an export: its name, header row and data rows. */
  public record Sheet(String name, List<String> headers, Stream<? extends List<?>> rows) {}

  /**
   * An import template as .xlsx bytes: the headers exactly as given (required ones in red bold, so
   * the file imports unchanged), the example rows, and a second sheet "说明" listing each column and
   * whether it is required. Columns are formatted as text so that phone and ID numbers keep every
   * digit.
   */
  public byte[] template(
      String sheetName, List<SheetColumn> columns, List<List<String>> exampleRows) {
    return TemplateBuilder.build(sheetName, columns, exampleRows);
  }

  static ImportRejectedException unreadable(String reason) {
    return new ImportRejectedException(CellError.file(SheetTexts.of("import.unreadable", reason)));
  }

  private static boolean isXlsx(String filename) {
    String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return true;
    }
    if (name.endsWith(".csv")) {
      return false;
    }
    String message =
        name.endsWith(".xls")
            ? SheetTexts.of("import.oldXls")
            : SheetTexts.of("import.unsupportedType", filename == null ? "" : filename);
    throw new ImportRejectedException(CellError.file(message));
  }
}
