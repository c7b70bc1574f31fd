package org.lvzhi.spreadsheet;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the widest text seen, a Chinese character counting as two Latin ones. Measured
 * by hand because autoSizeColumn needs every row in memory and fonts installed on the server.
 */
final class ColumnWidths {

  private static final int MIN_CHARS = 8;
  private static final int MAX_CHARS = 60;
  private static final int PADDING = 2;

  private final Map<Integer, Integer> widest = new HashMap<>();

  void fit(int column, String text) {
    int width = displayWidth(text);
    widest.merge(column, width, Math::max);
  }

  void applyTo(Sheet sheet) {
    widest.forEach(
        (column, chars) -> {
          int width = Math.min(Math.max(chars, MIN_CHARS) + PADDING, MAX_CHARS);
          sheet.setColumnWidth(column, width * 256);
        });
  }

  static int displayWidth(String text) {
    int width = 0;
    int lineWidth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineWidth = 0;
        continue;
      }
      lineWidth += c < 0x2E80 ? 1 : 2;
      width = Math.max(width, lineWidth);
    }
    return width;
  }
}
