package org.lvzhi.metric;

import java.util.List;

/** A named metric a module contributes as a bean, e.g. {@code activity.count}. */
public interface Metric {

  /** Unique, dotted, starting with the module: {@code activity.participant-times}. */
  String name();

  /** Message key of what it counts, in people's words. */
  String labelKey();

  /** The unit it is counted in: 次, 人次, 个, 篇, 万元 … */
  String unit();

  /** The filters it understands, by name, for documentation and forms. */
  List<String> filters();

  MetricResult compute(MetricQuery query);

  /** A metric from its description and the function that computes it. */
  static Metric of(
      String name,
      String labelKey,
      String unit,
      List<String> filters,
      java.util.function.Function<MetricQuery, MetricResult> compute) {
    return new Metric() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String labelKey() {
        return labelKey;
      }

      @Override
      public String unit() {
        return unit;
      }

      @Override
      public List<String> filters() {
        return filters;
      }

      @Override
      public MetricResult compute(MetricQuery query) {
        return compute.apply(query);
      }
    };
  }
}
