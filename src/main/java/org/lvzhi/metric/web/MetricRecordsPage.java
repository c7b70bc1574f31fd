package org.lvzhi.metric.web;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.metric.Rollup;
import org.lvzhi.shared.PageResult;

/** The records behind a figure: the metric, period, filters, exact value and a page of records. */
public record MetricRecordsPage(
    String metric,
    String label,
    String unit,
    LocalDate from,
    LocalDate to,
    Map<String, String> filters,
    BigDecimal value,
    List<String> names,
    PageResult<MetricResult.Source> sources) {

  public String valueText() {
    return Rollup.shown(value);
  }

  /** The address of another page of the same records. */
  public String pageHref(int page) {
    StringBuilder href =
        new StringBuilder("/metrics/records?metric=")
            .append(encode(metric))
            .append("&from=")
            .append(from)
            .append("&to=")
            .append(to);
    filters.forEach((k, v) -> href.append("&f.").append(encode(k)).append('=').append(encode(v)));
    return href.append("&page=").append(page).toString();
  }

  public String filtersText() {
    StringBuilder text = new StringBuilder();
    filters.forEach(
        (k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return text.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
