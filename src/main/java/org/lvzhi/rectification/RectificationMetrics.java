package org.lvzhi.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What problems contribute to the metric catalogue, for problems raised in the period (filters
 * {@code sourceType} and {@code unitId}, each may list several values): how many were raised, how
 * many of them are resolved (reported resolved or verified), and how many of them are overdue
 * today.
 */
@Configuration
class RectificationMetrics {

  static final List<String> FILTERS = List.of("sourceType", "unitId");
  private final JdbcClient jdbc;
  private final Clock clock;

  RectificationMetrics(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Bean
  Metric rectificationRaised() {
    return Metric.of(
        "rectification.raised",
        "metric.rectification.raised",
        "个",
        FILTERS,
        query -> count(query, "t.raised_on", "1 = 1"));
  }

  @Bean
  Metric rectificationResolved() {
    return Metric.of(
        "rectification.resolved",
        "metric.rectification.resolved",
        "个",
        FILTERS,
        // Counted in the period the unit reported them resolved, as the clerk dated it.
        query -> count(query, "t.resolved_on", "t.status in ('RESOLVED', 'VERIFIED')"));
  }

  @Bean
  Metric rectificationOverdue() {
    return Metric.of(
        "rectification.overdue",
        "metric.rectification.overdue",
        "个",
        FILTERS,
        query -> count(query, "t.raised_on", RectificationStore.OVERDUE));
  }

  /** Problems whose {@code dateColumn} (a fixed column name) falls in the query's period. */
  private MetricResult count(MetricQuery query, String dateColumn, String condition) {
    StringJoiner where = new StringJoiner(" and ");
    Map<String, Object> params = new HashMap<>();
    // One committee's problems (ADR 7): the committee the query names.
    where.add("t.committee_id = :committeeId");
    params.put("committeeId", query.committeeId());
    where.add(dateColumn + " between :from and :to");
    params.put("from", query.from());
    params.put("to", query.to());
    params.put("today", LocalDate.now(clock));
    where.add(condition);
    List<String> sourceTypes = query.values("sourceType");
    if (!sourceTypes.isEmpty()) {
      where.add("t.source_type in (:sourceType)");
      params.put("sourceType", sourceTypes.stream().map(RectificationMetrics::sourceType).toList());
    }
    List<String> unitIds = query.values("unitId");
    if (!unitIds.isEmpty()) {
      where.add("t.unit_id in (:unitId)");
      params.put("unitId", unitIds.stream().map(RectificationMetrics::unitId).toList());
    }
    List<MetricResult.Source> sources =
        jdbc.sql(
                "select t.id, t.title from rectification t where "
                    + where
                    + " order by t.raised_on, t.id")
            .params(params)
            .query(
                (rs, n) ->
                    new MetricResult.Source(rs.getString(2), Rectifications.path(rs.getLong(1))))
            .list();
    return MetricResult.count(sources.size(), sources);
  }

  private static String sourceType(String value) {
    if (!SourceType.known(value)) {
      throw new InvalidInputException(
          Map.of("sourceType", Texts.of("rectification.unknownSourceType", value)));
    }
    return SourceType.parse(value).code();
  }

  private static Long unitId(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          Map.of("unitId", Texts.of("rectification.invalidUnitId", value)));
    }
  }
}
