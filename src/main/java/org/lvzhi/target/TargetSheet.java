package org.lvzhi.target;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * The target table (年度目标任务分解表) as an .xlsx: theme, indicator, unit, target, actual, completion,
 * time elapsed, schedule, flag, lead leader, responsible body, deadline — a row per target, as the
 * page shows it.
 */
@Component
class TargetSheet {

  private final Spreadsheets spreadsheets;

  TargetSheet(Spreadsheets spreadsheets) {
    this.spreadsheets = spreadsheets;
  }

  void write(ProgressTable table, OutputStream out) throws IOException {
    List<String> headers =
        List.of(
                "target.theme",
                "target.label",
                "target.unit",
                "target.value",
                "target.actual",
                "target.completion",
                "target.elapsed",
                "target.schedule",
                "target.flag",
                "target.lead",
                "target.responsible",
                "target.deadline")
            .stream()
            .map(Texts::of)
            .toList();
    spreadsheets.writeXlsx(
        out,
        Texts.of("target.table.title", table.year()),
        headers,
        table.rows().stream().map(TargetSheet::cells));
  }

  private static List<Object> cells(ProgressRow row) {
    List<Object> cells = new ArrayList<>();
    cells.add(row.themeName() == null ? "" : row.themeName());
    cells.add(row.label());
    cells.add(Texts.of("metric.unit." + row.unit()));
    cells.add(row.targetValue());
    cells.add(row.actual().setScale(2, java.math.RoundingMode.HALF_UP));
    cells.add(row.progress().completionText());
    cells.add(row.progress().elapsed().display());
    cells.add(schedule(row.progress()));
    cells.add(Texts.of("target.flag." + row.progress().flag().name()));
    cells.add(row.leadName() == null ? "" : row.leadName());
    cells.add(row.responsibleName() == null ? Texts.of("target.office") : row.responsibleName());
    cells.add(row.deadline() == null ? "" : row.deadline().toString());
    return cells;
  }

  /** "超前 3.20 个百分点" / "落后 3.20 个百分点" in the reader's language. */
  static String schedule(Progress progress) {
    return Texts.of(progress.ahead() ? "target.ahead" : "target.behind", progress.points());
  }
}
