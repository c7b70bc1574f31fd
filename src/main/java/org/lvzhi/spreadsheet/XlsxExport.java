package org.lvzhi.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes an export as .xlsx through SXSSF, which flushes rows to a temporary file as it goes. */
final class XlsxExport {

  private static final int ROWS_IN_MEMORY = 100;

  private XlsxExport() {}

  static void write(OutputStream out, List<Spreadsheets.Sheet> sheets) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    try {
      CellWriter cells = new CellWriter(workbook);
      for (Spreadsheets.Sheet sheet : sheets) {
        write(workbook, cells, sheet);
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static void write(SXSSFWorkbook workbook, CellWriter cells, Spreadsheets.Sheet data) {
    SXSSFSheet sheet = workbook.createSheet(safeSheetName(data.name()));
    ColumnWidths widths = new ColumnWidths();
    Row header = sheet.createRow(0);
    List<String> headers = data.headers();
    for (int i = 0; i < headers.size(); i++) {
      cells.header(header.createCell(i), headers.get(i));
      widths.fit(i, headers.get(i));
    }
    sheet.createFreezePane(0, 1);
    int[] next = {1};
    data.rows()
        .forEachOrdered(
            values -> {
              Row row = sheet.createRow(next[0]++);
              for (int i = 0; i < values.size(); i++) {
                widths.fit(i, cells.value(row.createCell(i), values.get(i)));
              }
            });
    // The <cols> part is written with the workbook at the end, so widths can be set last.
    widths.applyTo(sheet);
  }

  static String safeSheetName(String name) {
    return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name);
  }
}
