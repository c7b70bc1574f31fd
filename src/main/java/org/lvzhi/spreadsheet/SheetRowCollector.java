package org.lvzhi.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the rows of a file into SheetRows: the first non-blank row is the header, blank rows are
 * skipped, and more than maxRows data rows stop the import as soon as they are seen.
 */
final class SheetRowCollector implements Consumer<RawRow> {

  private final List<SheetColumn> columns;
  private final int maxRows;
  private final List<SheetRow> rows = new ArrayList<>();
  private Map<Integer, String> headerAt;

  SheetRowCollector(List<SheetColumn> columns, int maxRows) {
    this.columns = List.copyOf(columns);
    this.maxRows = maxRows;
  }

  @Override
  public void accept(RawRow raw) {
    if (raw.isBlank()) {
      return;
    }
    if (headerAt == null) {
      headerAt = matchHeader(raw);
      return;
    }
    if (rows.size() == maxRows) {
      throw new ImportRejectedException(
          CellError.file(SheetTexts.of("import.tooManyRows", maxRows)));
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<CellError> refused = new ArrayList<>();
    headerAt.forEach(
        (index, header) -> {
          String cell = raw.cell(index);
          if (!org.lvzhi.shared.CleanText.isClean(cell)) {
            refused.add(new CellError(raw.number(), header, SheetTexts.of("import.badCharacters")));
          }
          values.put(header, cell);
        });
    if (!refused.isEmpty()) {
      throw new ImportRejectedException(refused);
    }
    rows.add(new SheetRow(raw.number(), values));
  }

  List<SheetRow> rows() {
    if (headerAt == null) {
      throw new ImportRejectedException(CellError.file(SheetTexts.of("import.noHeader")));
    }
    return List.copyOf(rows);
  }

  /** Errors name the header's own row, which is row 1 unless the file starts with blank rows. */
  private Map<Integer, String> matchHeader(RawRow raw) {
    Map<String, String> known = new HashMap<>();
    columns.forEach(c -> known.put(normalize(c.header()), c.header()));
    Map<Integer, String> matched = new LinkedHashMap<>();
    List<CellError> errors = new ArrayList<>();
    for (int i = 0; i < raw.cells().size(); i++) {
      String header = known.get(normalize(raw.cell(i)));
      if (header == null) {
        continue;
      }
      if (matched.containsValue(header)) {
        errors.add(
            new CellError(raw.number(), header, SheetTexts.of("import.duplicateColumn", header)));
      }
      matched.put(i, header);
    }
    for (SheetColumn column : columns) {
      if (column.required() && !matched.containsValue(column.header())) {
        errors.add(
            new CellError(
                raw.number(),
                column.header(),
                SheetTexts.of("import.missingColumn", column.header())));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    return matched;
  }

  /** People mark required headers with a star ("姓名 *", "姓名＊"); the star is not part of the name. */
  static String normalize(String header) {
    String h = header.strip();
    while (h.endsWith("*") || h.endsWith("＊")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return h;
  }
}
