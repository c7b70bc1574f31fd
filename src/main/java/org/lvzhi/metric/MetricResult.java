package org.lvzhi.metric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A metric's value, the names that go with it where the number counts distinct things (the
 * provinces visited), and links to the records behind it, so every figure can be traced.
 */
public record MetricResult(BigDecimal value, List<String> names, List<Source> sources) {

  /** A record behind a number. */
  public record Source(String label, String href) {}

  public static MetricResult count(long count, List<Source> sources) {
    return new MetricResult(BigDecimal.valueOf(count), List.of(), sources);
  }
}
