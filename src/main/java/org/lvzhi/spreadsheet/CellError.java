package org.lvzhi.spreadsheet;

/**
 * One problem in an imported file, by row and column, message in Chinese. row 0 = the file as a
 * whole.
 */
public record CellError(int row, String column, String message) {

  public CellError {
    column = column == null ? "" : column;
  }

  /** A problem with the file as a whole rather than with one cell. */
  static CellError file(String message) {
    return new CellError(0, "", message);
  }
}
