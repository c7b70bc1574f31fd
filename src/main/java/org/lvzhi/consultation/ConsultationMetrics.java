package org.lvzhi.consultation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What consultation contributes to the metric catalogue, for the period (both days included):
 * consultation meetings (activities of category CONSULTATION starting in it, filter {@code typeId}:
 * the activity module's count); suggestions made (by the date made — which may be in the past,
 * never after today; filters {@code sourceKind}: MEETING, ACTIVITY, ONLINE, and {@code unitId}: the
 * department answering), of those the ones adopted, being implemented and not adopted, and the
 * adoption rate (adopted ÷ made, the shared Percent rule); online consultations held (by the date
 * opened) and the comments posted in them (by the time posted, hidden ones included).
 */
@Configuration
class ConsultationMetrics {

  static final List<String> FILTERS = List.of("sourceKind", "unitId");
  static final String ADOPTED = "t.status = 'ADOPTED'";
  static final String IMPLEMENTING = "t.status = 'IMPLEMENTING'";
  static final String NOT_ADOPTED = "t.status = 'NOT_ADOPTED'";
  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectProvider<MetricCatalogue> catalogue;

  ConsultationMetrics(JdbcClient jdbc, Clock clock, ObjectProvider<MetricCatalogue> catalogue) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.catalogue = catalogue;
  }

  @Bean
  Metric consultationMeetings() {
    return Metric.of(
        "consultation.meetings",
        "metric.consultation.meetings",
        "次",
        List.of("typeId"),
        query -> {
          Map<String, String> filters = new LinkedHashMap<>(query.filters());
          filters.put("category", "CONSULTATION");
          return catalogue
              .getObject()
              .compute(
                  "activity.count",
                  new MetricQuery(query.committeeId(), query.from(), query.to(), filters));
        });
  }

  @Bean
  Metric consultationSuggestions() {
    return count("suggestions", "1 = 1");
  }

  @Bean
  Metric consultationAdopted() {
    return count("adopted", ADOPTED);
  }

  @Bean
  Metric consultationImplementing() {
    return count("implementing", IMPLEMENTING);
  }

  @Bean
  Metric consultationNotAdopted() {
    return count("not-adopted", NOT_ADOPTED);
  }

  @Bean
  Metric consultationAdoptionRate() {
    return Metric.of(
        "consultation.adoption-rate",
        "metric.consultation.adoption-rate",
        "%",
        FILTERS,
        query -> {
          List<MetricResult.Source> adopted = suggestions(query, ADOPTED);
          long made = suggestions(query, "1 = 1").size();
          BigDecimal value =
              Percent.of(BigDecimal.valueOf(adopted.size()), BigDecimal.valueOf(made))
                  .map(Percent::value)
                  .orElse(BigDecimal.ZERO);
          return new MetricResult(value, List.of(), adopted);
        });
  }

  @Bean
  Metric consultationOnline() {
    return Metric.of(
        "consultation.online",
        "metric.consultation.online",
        "次",
        List.of(),
        query -> {
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select t.id, t.topic from online_consultation t where t.committee_id = :c"
                          + " and t.status <> 'DRAFT' and t.opened_on between :from and :to"
                          + " order by t.opened_on, t.id")
                  .param("c", query.committeeId())
                  .param("from", query.from())
                  .param("to", query.to())
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2), OnlineConsultations.path(rs.getLong(1))))
                  .list();
          return MetricResult.count(sources.size(), sources);
        });
  }

  @Bean
  Metric consultationComments() {
    return Metric.of(
        "consultation.comments",
        "metric.consultation.comments",
        "条",
        List.of(),
        query -> {
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select t.id, t.topic, c.id from online_comment c"
                          + " join online_consultation t on t.id = c.consultation_id"
                          + " where c.committee_id = :c and c.posted_at >= :from"
                          + " and c.posted_at < :until order by c.posted_at, c.id")
                  .param("c", query.committeeId())
                  .param("from", query.from().atStartOfDay())
                  .param("until", until(query.to()))
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2) + " · " + rs.getLong(3),
                              OnlineConsultations.path(rs.getLong(1))))
                  .list();
          return MetricResult.count(sources.size(), sources);
        });
  }

  private static java.time.LocalDateTime until(LocalDate to) {
    return to.equals(MetricQuery.LATEST) ? to.atTime(23, 59, 59) : to.plusDays(1).atStartOfDay();
  }

  private Metric count(String name, String condition) {
    return Metric.of(
        "consultation." + name,
        "metric.consultation." + name,
        "条",
        FILTERS,
        query -> {
          List<MetricResult.Source> sources = suggestions(query, condition);
          return MetricResult.count(sources.size(), sources);
        });
  }

  /** The period's suggestions meeting {@code condition} (a constant), in the order made. */
  private List<MetricResult.Source> suggestions(MetricQuery query, String condition) {
    Map<String, Object> params = new HashMap<>();
    params.put("c", query.committeeId());
    params.put("from", query.from());
    LocalDate today = LocalDate.now(clock);
    params.put("to", query.to().isAfter(today) ? today : query.to());
    StringBuilder where =
        new StringBuilder(
            "t.committee_id = :c and t.made_on between :from and :to and " + condition);
    List<String> kinds = query.values("sourceKind");
    if (!kinds.isEmpty()) {
      where.append(" and t.source_kind in (:kinds)");
      params.put("kinds", kinds.stream().map(k -> SourceKind.parse(k).name()).toList());
    }
    List<String> unitIds = query.values("unitId");
    if (!unitIds.isEmpty()) {
      where.append(" and t.unit_id in (:units)");
      params.put("units", ids(unitIds));
    }
    return jdbc.sql(
            "select t.id, t.content from consultation_suggestion t where "
                + where
                + " order by t.made_on, t.id")
        .params(params)
        .query(
            (rs, n) ->
                new MetricResult.Source(excerpt(rs.getString(2)), Suggestions.path(rs.getLong(1))))
        .list();
  }

  private static List<Long> ids(List<String> values) {
    List<Long> ids = new ArrayList<>();
    for (String value : values) {
      try {
        ids.add(Long.valueOf(value.trim()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            Map.of("unitId", Texts.of("consultation.input.unknownUnit")));
      }
    }
    return ids;
  }

  private static String excerpt(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
