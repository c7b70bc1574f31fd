package org.lvzhi.metric;

import java.util.List;

/** A metric catalogue of given metrics, for other modules' unit tests. */
public final class TestCatalogues {

  private TestCatalogues() {}

  public static MetricCatalogue of(List<Metric> metrics) {
    return new MetricCatalogue(metrics);
  }
}
