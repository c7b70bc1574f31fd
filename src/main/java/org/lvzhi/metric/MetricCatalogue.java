package org.lvzhi.metric;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.stereotype.Service;

/** Every metric the modules contributed, by name. */
@Service
public class MetricCatalogue {

  /** The permission to read the catalogue and its counts. */
  public static final String VIEW = "metric:view";

  private final Map<String, Metric> byName = new TreeMap<>();

  MetricCatalogue(java.util.List<Metric> metrics) {
    for (Metric metric : metrics) {
      if (byName.put(metric.name(), metric) != null) {
        throw new IllegalStateException("two metrics named " + metric.name());
      }
    }
  }

  public Collection<Metric> all() {
    return byName.values();
  }

  public Metric get(String name) {
    Metric metric = byName.get(name);
    if (metric == null) {
      throw new RecordNotFoundException("metric", name);
    }
    return metric;
  }

  public MetricResult compute(String name, MetricQuery query) {
    return get(name).compute(query);
  }
}
