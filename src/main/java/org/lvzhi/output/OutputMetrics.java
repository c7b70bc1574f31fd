package org.lvzhi.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outputs in the metric catalogue: {@code output.count}, the outputs dated in the period (both days
 * included), with the filters {@code type} (one or more of {@link OutputType}), {@code excellent}
 * ({@code true}: only excellent ones) and {@code adoptionLevel} (only outputs adopted at one of
 * these levels, on any date).
 */
@Configuration
class OutputMetrics {

  private final JdbcClient jdbc;

  OutputMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  Metric outputCount() {
    return Metric.of(
        "output.count",
        "metric.output.count",
        "个",
        List.of("type", "excellent", "adoptionLevel"),
        this::count);
  }

  private MetricResult count(MetricQuery query) {
    StringJoiner where = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    where.add("t.committee_id = :committee");
    params.put("committee", query.committeeId());
    where.add("t.output_on between :from and :to");
    params.put("from", query.from());
    params.put("to", query.to());
    List<String> types = query.values("type");
    if (!types.isEmpty()) {
      where.add("t.output_type in (:types)");
      params.put(
          "types",
          types.stream().map(v -> FormDates.choice("type", OutputType.class, v).name()).toList());
    }
    if (query.flag("excellent")) {
      where.add("t.excellent = true");
    }
    List<String> levels = query.values("adoptionLevel");
    if (!levels.isEmpty()) {
      where.add(
          "exists (select 1 from adoption a where a.owner_type = 'output' and a.owner_id = t.id"
              + " and a.level in (:levels))");
      params.put(
          "levels",
          levels.stream()
              .map(v -> FormDates.choice("adoptionLevel", AdoptionLevel.class, v).name())
              .toList());
    }
    List<MetricResult.Source> sources =
        jdbc.sql(
                "select t.id, t.title from output t where " + where + " order by t.output_on, t.id")
            .params(params)
            .query(
                (rs, n) ->
                    new MetricResult.Source(
                        rs.getString(2),
                        "/registry/" + OutputRegisters.REGISTER + "/" + rs.getLong(1)))
            .list();
    return MetricResult.count(sources.size(), sources);
  }
}
