package org.lvzhi.consultation.web;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.metric.MetricResult;

/** The consultation figures of a period, each with the records behind it. */
public record StatisticsView(LocalDate from, LocalDate to, List<Figure> figures) {

  /** One figure: its metric, label, value as shown, a list to open, and the records behind it. */
  public record Figure(
      String metric,
      String labelKey,
      String value,
      String href,
      List<MetricResult.Source> sources) {

    public String id() {
      return "stat-" + metric.substring(metric.indexOf('.') + 1);
    }
  }
}
