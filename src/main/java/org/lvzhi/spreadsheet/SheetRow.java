package org.lvzhi.spreadsheet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row; rowNumber is the row number as Excel/WPS shows it (header row = 1, first data row =
 * 2). values holds the cell text of every known column the file has, keyed by its column header.
 */
public record SheetRow(int rowNumber, Map<String, String> values) {

  public SheetRow {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The trimmed value of the column, "" when the column is absent or the cell blank. */
  public String get(String header) {
    String value = values.get(header);
    return value == null ? "" : value.strip();
  }
}
