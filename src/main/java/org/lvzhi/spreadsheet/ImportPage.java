package org.lvzhi.spreadsheet;

import java.util.List;

/**
 * A page that imports one spreadsheet into a module (an attendance ledger, an investment ledger):
 * its title and help, where the template is and where the file goes, and after an attempt either
 * the problems or how many rows were imported. Rendered by {@code spreadsheet/import.jte}.
 */
public record ImportPage(
    String title,
    String help,
    String templateHref,
    String action,
    String backLabel,
    String backHref,
    List<CellError> errors,
    Integer imported) {

  public ImportPage after(List<CellError> problems, Integer count) {
    return new ImportPage(title, help, templateHref, action, backLabel, backHref, problems, count);
  }
}
