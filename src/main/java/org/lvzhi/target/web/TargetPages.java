package org.lvzhi.target.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.target.Campaign;
import org.lvzhi.target.ProgressTable;
import org.lvzhi.target.TargetLine;

/** What the targets' pages show. */
public final class TargetPages {

  private TargetPages() {}

  /**
   * The progress table of a year (or a month's end), the years with a campaign, the months kept,
   * and what the reader may do.
   */
  public record Progress(
      ProgressTable table,
      List<Integer> years,
      List<YearMonth> months,
      boolean canEdit,
      boolean canExport) {

    public String exportHref() {
      return "/targets.xlsx?year="
          + table.year()
          + (table.month() == null ? "" : "&month=" + table.month());
    }
  }

  /** A metric the picker offers: its name, label, unit and filters. */
  public record MetricChoice(String name, String label, String unit, List<String> filters) {

    static MetricChoice of(Metric metric, String label) {
      return new MetricChoice(metric.name(), label, metric.unit(), metric.filters());
    }
  }

  /**
   * The office's campaign page for a year: the campaign and its themes, its targets, the form's
   * choices (metrics, units, leaders, bodies), and the target being edited (null: a new one).
   */
  public record CampaignPage(
      int year,
      Campaign campaign,
      List<TargetLine> targets,
      List<MetricChoice> metrics,
      List<String> units,
      Map<Long, String> leaders,
      Map<Long, String> bodies,
      TargetLine editing,
      MetricChoice chosen) {

    public String value(java.math.BigDecimal value) {
      return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String filterValue(String filter) {
      return editing == null ? "" : editing.indicator().filters().getOrDefault(filter, "");
    }
  }

  /** The filter fields of a metric the picker chose, with values kept from the form. */
  public record FilterFields(MetricChoice metric, Map<String, String> values) {}

  /** The live preview of an indicator: its value, or why it cannot be counted. */
  public record Preview(String value, String unit, String error) {}
}
