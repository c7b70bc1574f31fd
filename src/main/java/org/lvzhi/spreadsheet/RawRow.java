package org.lvzhi.spreadsheet;

import java.util.List;

/** A row as the file has it: its number as Excel shows it and its cells by column position. */
record RawRow(int number, List<String> cells) {

  boolean isBlank() {
    return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
  }

  String cell(int index) {
    String cell = index < cells.size() ? cells.get(index) : null;
    return cell == null ? "" : cell;
  }
}
