package org.lvzhi.metric;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A period (both days included, Asia/Shanghai dates) and filters. A filter's value may list several
 * values separated by commas ({@code category=INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION}).
 */
public record MetricQuery(LocalDate from, LocalDate to, Map<String, String> filters) {

  public MetricQuery {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("a metric needs a period with from <= to");
    }
    filters = Map.copyOf(filters);
  }

  public static MetricQuery year(int year, Map<String, String> filters) {
    return new MetricQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), filters);
  }

  /** The filter's values, or empty when not given. */
  public List<String> values(String filter) {
    String value = filters.get(filter);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public boolean flag(String filter) {
    return "true".equalsIgnoreCase(filters.get(filter));
  }
}
