package org.lvzhi.investment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lvzhi.register.SheetImport;
import org.lvzhi.shared.Amount;
import org.lvzhi.spreadsheet.CellError;
import org.lvzhi.spreadsheet.ImportRejectedException;
import org.lvzhi.spreadsheet.SheetColumn;
import org.lvzhi.spreadsheet.SheetRow;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings in the monthly investment ledger (台账) clerks already keep: one row per project per month,
 * the month's planned and completed investment in 万元. All or nothing, every problem listed. The
 * column headings are the sheet's format (the template clerks fill in), kept in Chinese.
 */
@Service
class LedgerImport implements SheetImport {

  static final String PROJECT = "项目名称";
  static final String YEAR = "年度";
  static final String MONTH = "月份";
  static final String PLANNED = "计划投资（万元）";
  static final String COMPLETED = "完成投资（万元）";
  static final List<SheetColumn> COLUMNS =
      List.of(
          new SheetColumn(PROJECT, true),
          new SheetColumn(YEAR, true),
          new SheetColumn(MONTH, true),
          new SheetColumn(PLANNED, true),
          new SheetColumn(COMPLETED, true));

  private record Planned(long projectId, int year, int month, Amount planned, Amount completed) {}

  private final Shepherding shepherding;
  private final JdbcClient jdbc;

  LedgerImport(Shepherding shepherding, JdbcClient jdbc) {
    this.shepherding = shepherding;
    this.jdbc = jdbc;
  }

  @Override
  public String permission() {
    return "investment:import";
  }

  @Override
  public String titleKey() {
    return "ledgerImport.title";
  }

  @Override
  public String helpKey() {
    return "ledgerImport.help";
  }

  @Override
  public String backLabelKey() {
    return "board.title";
  }

  @Override
  public String backHref() {
    return "/investment/board";
  }

  @Override
  public String path() {
    return "/investment/ledger-import";
  }

  @Override
  public List<SheetColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<List<String>> exampleRows() {
    return List.of(List.of("农副产品购销项目", "2023", "1", "1500", "1200.50"));
  }

  @Override
  @Transactional
  public int importRows(List<SheetRow> rows) {
    CurrentUser.requirePermission(permission());
    CurrentUser.requirePermission(Projects.MOVE);
    List<CellError> errors = new ArrayList<>();
    List<Planned> planned = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SheetRow row : rows) {
      Long project = project(row, errors);
      Integer year = number(row, YEAR, 2000, 2100, errors);
      Integer month = number(row, MONTH, 1, 12, errors);
      Amount plannedAmount = amount(row, PLANNED, errors);
      Amount completed = amount(row, COMPLETED, errors);
      if (project != null
          && year != null
          && month != null
          && !seen.add(project + ":" + year + ":" + month)) {
        errors.add(
            new CellError(
                row.rowNumber(),
                MONTH,
                Texts.of(
                    "ledgerImport.duplicateMonth", String.valueOf(year), String.valueOf(month))));
      } else if (project != null
          && year != null
          && month != null
          && plannedAmount != null
          && completed != null) {
        planned.add(new Planned(project, year, month, plannedAmount, completed));
      }
    }
    if (rows.isEmpty()) {
      errors.add(new CellError(0, "", Texts.of("ledgerImport.noRows")));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    planned.forEach(
        p ->
            shepherding.writeMonth(p.projectId(), p.year(), p.month(), p.planned(), p.completed()));
    return planned.size();
  }

  private Long project(SheetRow row, List<CellError> errors) {
    List<Long> ids =
        jdbc.sql(
                "select id from investment_project where name = :name"
                    + org.lvzhi.system.CurrentUser.inWorkingCommittee("committee_id"))
            .param("name", row.get(PROJECT))
            .query(Long.class)
            .list();
    if (ids.size() != 1) {
      errors.add(
          new CellError(
              row.rowNumber(),
              PROJECT,
              Texts.of(
                  ids.isEmpty() ? "ledgerImport.unknownProject" : "ledgerImport.ambiguousProject",
                  row.get(PROJECT))));
      return null;
    }
    return ids.get(0);
  }

  private static Integer number(
      SheetRow row, String column, int min, int max, List<CellError> errors) {
    try {
      int value = Integer.parseInt(row.get(column));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new CellError(
            row.rowNumber(),
            column,
            Texts.of(
                "ledgerImport.integerBetween",
                row.get(column),
                String.valueOf(min),
                String.valueOf(max))));
    return null;
  }

  private static Amount amount(SheetRow row, String column, List<CellError> errors) {
    try {
      return Wan.parse(column, row.get(column));
    } catch (InvalidInputException e) {
      errors.add(new CellError(row.rowNumber(), column, e.fieldErrors().get(column)));
      return null;
    }
  }
}
