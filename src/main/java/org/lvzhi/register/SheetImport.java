package org.lvzhi.register;

import java.util.List;
import org.lvzhi.spreadsheet.SheetColumn;
import org.lvzhi.spreadsheet.SheetRow;

/**
 * A module's own spreadsheet import (an attendance ledger, an investment ledger), beside the
 * registers' generic one. A module declares one as a bean; {@link ModuleImportController} serves
 * its page, template and API, and {@link SheetImports} reads the file; the module says what the
 * sheet holds and writes the rows, all or nothing.
 */
public interface SheetImport {

  /** Needed to import, to see the page and to download the template. */
  String permission();

  /** Message keys of the page's title and help, and of the page to return to. */
  String titleKey();

  String helpKey();

  String backLabelKey();

  String backHref();

  /**
   * This import's own page, e.g. {@code /activities/attendance-import}; the template is at {@code
   * <path>/template.xlsx}.
   */
  String path();

  /**
   * The import's name in the shared URLs {@code /imports/<name>} and {@code /api/v1/imports/<name>}
   * ({@link ModuleImportController}); by default the last part of {@link #path()}.
   */
  default String name() {
    return path().substring(path().lastIndexOf('/') + 1);
  }

  /**
   * Where the API takes the file beside {@code /api/v1/imports/<name>}: by default {@code
   * /api/v1<path>}.
   */
  default String apiPath() {
    return "/api/v1" + path();
  }

  List<SheetColumn> columns();

  /** Rows shown filled in the template. */
  List<List<String>> exampleRows();

  /**
   * Checks every row and writes them all, or throws {@link
   * org.lvzhi.spreadsheet.ImportRejectedException} with every problem and writes nothing. Runs in
   * one transaction. Returns how many rows were written.
   */
  int importRows(List<SheetRow> rows);
}
