package org.lvzhi.spreadsheet;

/** A column a sheet must or may have, matched by its header text (Chinese, e.g. "姓名"). */
public record SheetColumn(String header, boolean required) {

  public SheetColumn {
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("header must not be blank");
    }
  }
}
