package org.lvzhi.supervision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.organisation.Units;
import org.lvzhi.rectification.RectificationStatus;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What supervision contributes to the metric catalogue, for a period (both days included), each
 * counted by the date the clerk gave (a visit's day, the day a problem was found, the day an
 * outcome was formed — dates in the past count in their own period):
 *
 * <ul>
 *   <li>{@code supervision.visits} — visits (filters {@code mode}, {@code manner}, {@code
 *       squadId});
 *   <li>{@code supervision.units} — distinct units supervised by the period's visits (filter {@code
 *       unitType}: GOVERNMENT, ENTERPRISE, OTHER);
 *   <li>{@code supervision.findings} — problems found (filters {@code category}, {@code origin});
 *   <li>{@code supervision.rectified-rate} — the share of those problems verified rectified, in %
 *       (half-up, two decimals; the same filters);
 *   <li>{@code supervision.overdue} — those problems overdue today (the same filters);
 *   <li>{@code supervision.outcomes} — outcomes linked (filter {@code kind}).
 * </ul>
 *
 * Every filter may list several values separated by commas.
 */
@Configuration
class SupervisionMetrics {

  static final List<String> FINDING_FILTERS = List.of("category", "origin");

  private final JdbcClient jdbc;
  private final Units units;
  private final Rectifications rectifications;

  SupervisionMetrics(JdbcClient jdbc, Units units, Rectifications rectifications) {
    this.jdbc = jdbc;
    this.units = units;
    this.rectifications = rectifications;
  }

  @Bean
  Metric supervisionVisits() {
    return Metric.of(
        "supervision.visits",
        "metric.supervision.visits",
        "次",
        List.of("mode", "manner", "squadId"),
        query -> {
          List<MetricResult.Source> sources = new ArrayList<>();
          visits(query)
              .forEach(
                  (id, title) ->
                      sources.add(new MetricResult.Source(title, SupervisionVisit.path(id))));
          return MetricResult.count(sources.size(), sources);
        });
  }

  @Bean
  Metric supervisionUnits() {
    return Metric.of(
        "supervision.units",
        "metric.supervision.units",
        "个",
        List.of("unitType"),
        query -> {
          List<Long> unitIds = new ArrayList<>();
          jdbc.sql(
                  "select distinct u.unit_id from supervision_visit_unit u join supervision_visit t"
                      + " on t.id = u.visit_id where t.committee_id = :committee"
                      + " and t.visited_on between :from and :to order by u.unit_id")
              .param("committee", query.committeeId())
              .param("from", query.from())
              .param("to", query.to())
              .query(Long.class)
              .list()
              .forEach(unitIds::add);
          Map<Long, String> types = units.typesIn(query.committeeId(), unitIds);
          List<String> wanted =
              query.values("unitType").stream()
                  .map(v -> v.strip().toUpperCase(java.util.Locale.ROOT))
                  .toList();
          for (String type : wanted) {
            if (!List.of("GOVERNMENT", "ENTERPRISE", "OTHER").contains(type)) {
              throw new InvalidInputException(
                  Map.of("unitType", Texts.of("supervision.invalidChoice", type)));
            }
          }
          List<Long> counted =
              unitIds.stream()
                  .filter(id -> wanted.isEmpty() || wanted.contains(types.get(id)))
                  .toList();
          Map<Long, String> names = units.names(counted);
          List<MetricResult.Source> sources =
              counted.stream()
                  .map(
                      id ->
                          new MetricResult.Source(
                              names.getOrDefault(id, "#" + id), "/registry/units/" + id))
                  .toList();

          return new MetricResult(
              BigDecimal.valueOf(counted.size()),
              sources.stream().map(MetricResult.Source::label).toList(),
              sources);
        });
  }

  @Bean
  Metric supervisionFindings() {
    return Metric.of(
        "supervision.findings",
        "metric.supervision.findings",
        "个",
        FINDING_FILTERS,
        query -> {
          List<Found> found = findings(query);
          return MetricResult.count(found.size(), sources(found));
        });
  }

  @Bean
  Metric supervisionRectifiedRate() {
    return Metric.of(
        "supervision.rectified-rate",
        "metric.supervision.rectifiedRate",
        "%",
        FINDING_FILTERS,
        query -> {
          List<Found> found = findings(query);
          Map<Long, Rectifications.ProblemState> states = states(query, found);
          List<Found> rectified =
              found.stream()
                  .filter(
                      f ->
                          states.containsKey(f.item())
                              && states.get(f.item()).status() == RectificationStatus.VERIFIED)
                  .toList();
          BigDecimal rate =
              Percent.of(BigDecimal.valueOf(rectified.size()), BigDecimal.valueOf(found.size()))
                  .map(Percent::value)
                  .orElse(BigDecimal.ZERO.setScale(2));
          return new MetricResult(rate, List.of(), sources(rectified));
        });
  }

  @Bean
  Metric supervisionOverdue() {
    return Metric.of(
        "supervision.overdue",
        "metric.supervision.overdue",
        "个",
        FINDING_FILTERS,
        query -> {
          List<Found> found = findings(query);
          Map<Long, Rectifications.ProblemState> states = states(query, found);
          List<Found> overdue =
              found.stream()
                  .filter(f -> states.containsKey(f.item()) && states.get(f.item()).overdue())
                  .toList();
          return MetricResult.count(overdue.size(), sources(overdue));
        });
  }

  @Bean
  Metric supervisionOutcomes() {
    return Metric.of(
        "supervision.outcomes",
        "metric.supervision.outcomes",
        "项",
        List.of("kind"),
        query -> {
          Map<String, Object> params = period(query);
          String kinds = "";
          List<String> wanted = codes(query, "kind", SupervisionCodes.OutcomeKind.class);
          if (!wanted.isEmpty()) {
            kinds = " and t.kind in (:kinds)";
            params.put("kinds", wanted);
          }
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select t.register_name, t.record_id, t.kind, t.visit_id from supervision_outcome t"
                          + " where t.committee_id = :committee and t.formed_on between :from and :to"
                          + kinds
                          + " order by t.formed_on, t.id")
                  .params(params)
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(3) + " #" + rs.getLong(2),
                              "/registry/" + rs.getString(1) + "/" + rs.getLong(2)))
                  .list();
          return MetricResult.count(sources.size(), sources);
        });
  }

  /** A finding counted: its id, visit, rectification item and description. */
  record Found(long id, long visit, long item, String description) {}

  /** The query's visits, by id, with their titles. */
  private Map<Long, String> visits(MetricQuery query) {
    Map<String, Object> params = period(query);
    StringJoiner where = new StringJoiner(" and ");
    where.add("t.committee_id = :committee and t.visited_on between :from and :to");
    in(where, params, "t.mode", "mode", codes(query, "mode", SupervisionCodes.Mode.class));
    in(where, params, "t.manner", "manner", codes(query, "manner", SupervisionCodes.Manner.class));
    List<Long> squads = ids(query, "squadId");
    if (!squads.isEmpty()) {
      where.add("t.squad_id in (:squads)");
      params.put("squads", squads);
    }
    Map<Long, String> visits = new LinkedHashMap<>();
    jdbc.sql(
            "select t.id, t.title from supervision_visit t where "
                + where
                + " order by t.visited_on, t.id")
        .params(params)
        .query(
            rs -> {
              visits.put(rs.getLong(1), rs.getString(2));
            });
    return visits;
  }

  private List<Found> findings(MetricQuery query) {
    Map<String, Object> params = period(query);
    StringJoiner where = new StringJoiner(" and ");
    where.add("t.committee_id = :committee and t.found_on between :from and :to");
    in(
        where,
        params,
        "t.category",
        "category",
        codes(query, "category", SupervisionCodes.Category.class));
    in(where, params, "t.origin", "origin", codes(query, "origin", SupervisionCodes.Origin.class));
    return jdbc.sql(
            "select t.id, t.visit_id, t.rectification_id, t.description from supervision_finding t where "
                + where
                + " order by t.found_on, t.id")
        .params(params)
        .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
        .list();
  }

  private Map<Long, Rectifications.ProblemState> states(MetricQuery query, List<Found> found) {
    return rectifications.statesOf(query.committeeId(), found.stream().map(Found::item).toList());
  }

  private static List<MetricResult.Source> sources(List<Found> found) {
    return found.stream()
        .map(
            f ->
                new MetricResult.Source(
                    f.description().length() > 60
                        ? f.description().substring(0, 60) + "…"
                        : f.description(),
                    SupervisionVisit.path(f.visit()) + "#finding-" + f.id()))
        .toList();
  }

  private static Map<String, Object> period(MetricQuery query) {
    Map<String, Object> params = new HashMap<>();
    params.put("committee", query.committeeId());
    params.put("from", query.from());
    params.put("to", query.to());
    return params;
  }

  private static void in(
      StringJoiner where,
      Map<String, Object> params,
      String column,
      String name,
      List<String> codes) {
    if (!codes.isEmpty()) {
      where.add(column + " in (:" + name + ")");
      params.put(name, codes);
    }
  }

  private static <E extends Enum<E>> List<String> codes(
      MetricQuery query, String filter, Class<E> codes) {
    return query.values(filter).stream()
        .map(v -> SupervisionCodes.parse(filter, codes, v).name())
        .toList();
  }

  private static List<Long> ids(MetricQuery query, String filter) {
    try {
      return query.values(filter).stream().map(Long::valueOf).toList();
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          Map.of(filter, Texts.of("supervision.invalidChoice", query.filters().get(filter))));
    }
  }
}
