package org.lvzhi.spreadsheet;

/**
 * How much an import may hold, checked while the file is streamed so that an oversized or
 * maliciously compressed file is refused before it fills the heap: data rows, characters in one
 * cell, and bytes once unpacked (the sum of an .xlsx's zip entries; a .csv's own size).
 */
record ImportLimits(int maxRows, int maxCellLength, long maxUncompressedSize) {

  static final ImportLimits DEFAULT = new ImportLimits(10_000, 32_767, 50L * 1024 * 1024);

  ImportLimits {
    if (maxRows < 1 || maxCellLength < 1 || maxUncompressedSize < 1) {
      throw new IllegalArgumentException("import limits must be positive");
    }
  }

  /** Refuses a cell longer than allowed, naming its row. */
  void checkCell(int row, int length) {
    if (length > maxCellLength) {
      throw new ImportRejectedException(
          new CellError(row, "", SheetTexts.of("import.cellTooLong", maxCellLength)));
    }
  }

  ImportRejectedException tooLarge() {
    return new ImportRejectedException(
        CellError.file(SheetTexts.of("import.tooLarge", maxUncompressedSize / (1024 * 1024))));
  }
}
