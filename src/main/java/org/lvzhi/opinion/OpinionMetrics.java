package org.lvzhi.opinion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.output.AdoptionLevel;
import org.lvzhi.output.Adoptions;
import org.lvzhi.output.FormDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What opinion reports contribute to the metric catalogue, for the period (both days included):
 * reports submitted (by the date submitted; filter {@code sectorId}), published (by the date of
 * their issue), adoptions and leaders' instructions (by their date; filter {@code level}: COUNTY,
 * CITY, PROVINCE, NATIONAL, several allowed — a report adopted at two levels counts once at each).
 */
@Configuration
class OpinionMetrics {

  private final JdbcClient jdbc;
  private final Adoptions adoptions;

  OpinionMetrics(JdbcClient jdbc, Adoptions adoptions) {
    this.jdbc = jdbc;
    this.adoptions = adoptions;
  }

  @Bean
  Metric opinionSubmitted() {
    return Metric.of(
        "opinion.submitted",
        "metric.opinion.submitted",
        "个",
        List.of("sectorId"),
        query -> reports(query, "t.submitted_on", "t.status <> 'SAVED'"));
  }

  @Bean
  Metric opinionPublished() {
    return Metric.of(
        "opinion.published",
        "metric.opinion.published",
        "个",
        List.of("sectorId"),
        query -> reports(query, "t.published_on", "t.status = 'PUBLISHED'"));
  }

  @Bean
  Metric opinionAdopted() {
    return Metric.of(
        "opinion.adopted",
        "metric.opinion.adopted",
        "次",
        List.of("level"),
        query ->
            counted(
                adoptions.adoptions(
                    OpinionStore.TABLE,
                    query.committeeId(),
                    query.from(),
                    query.to(),
                    levels(query))));
  }

  @Bean
  Metric opinionInstructions() {
    return Metric.of(
        "opinion.instructions",
        "metric.opinion.instructions",
        "次",
        List.of("level"),
        query ->
            counted(
                adoptions.instructions(
                    OpinionStore.TABLE,
                    query.committeeId(),
                    query.from(),
                    query.to(),
                    levels(query))));
  }

  static List<AdoptionLevel> levels(MetricQuery query) {
    return query.values("level").stream()
        .map(v -> FormDates.choice("level", AdoptionLevel.class, v))
        .toList();
  }

  private MetricResult reports(MetricQuery query, String dateColumn, String condition) {
    Map<String, Object> params = new HashMap<>();
    params.put("committee", query.committeeId());
    params.put("from", query.from());
    params.put("to", query.to());
    String sector = "";
    List<String> sectors = query.values("sectorId");
    if (!sectors.isEmpty()) {
      sector = " and t.sector_id in (:sectors)";
      params.put("sectors", sectors.stream().map(OpinionMetrics::id).toList());
    }
    List<MetricResult.Source> sources =
        jdbc.sql(
                "select t.id, t.title from opinion_report t where t.committee_id = :committee and "
                    + dateColumn
                    + " between :from and :to and "
                    + condition
                    + sector
                    + " order by "
                    + dateColumn
                    + ", t.id")
            .params(params)
            .query(
                (rs, n) ->
                    new MetricResult.Source(rs.getString(2), OpinionReports.path(rs.getLong(1))))
            .list();
    return MetricResult.count(sources.size(), sources);
  }

  private MetricResult counted(List<Adoptions.Counted> counted) {
    Map<Long, String> titles = new HashMap<>();
    if (!counted.isEmpty()) {
      jdbc.sql("select id, title from opinion_report where id in (:ids)")
          .param("ids", counted.stream().map(Adoptions.Counted::ownerId).distinct().toList())
          .query(
              rs -> {
                titles.put(rs.getLong(1), rs.getString(2));
              });
    }
    List<MetricResult.Source> sources =
        counted.stream()
            .map(
                c ->
                    new MetricResult.Source(
                        titles.getOrDefault(c.ownerId(), "") + " · " + c.on(),
                        OpinionReports.path(c.ownerId())))
            .toList();
    return MetricResult.count(sources.size(), sources);
  }

  private static Long id(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new org.lvzhi.system.InvalidInputException(
          Map.of("sectorId", org.lvzhi.system.Texts.of("output.invalidChoice", value)));
    }
  }
}
