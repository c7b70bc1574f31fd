package org.lvzhi.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.target.ProgressTable;

/**
 * What the dashboard shows for a year and period: the targets by theme (with the share of the year
 * elapsed), the key figures, and the charts, each bar and figure with the address of its records.
 */
public record DashboardView(
    int year,
    LocalDate from,
    LocalDate to,
    String elapsed,
    ProgressTable targets,
    List<Figure> figures,
    List<Chart> charts) {

  /** A key figure: its label, value, unit (in the reader's language) and records. */
  public record Figure(String key, String label, String value, String unit, String href) {}

  /** A bar chart: its labels, values and the records behind each bar. */
  public record Chart(String key, String title, String unit, List<Bar> bars) {

    public String labels() {
      return String.join("\u001f", bars.stream().map(Bar::label).toList());
    }

    public String values() {
      return String.join(",", bars.stream().map(Bar::value).toList());
    }

    public String hrefs() {
      return String.join(" ", bars.stream().map(Bar::href).toList());
    }
  }

  /** A bar of a chart. */
  public record Bar(String label, String value, String href) {}
}
