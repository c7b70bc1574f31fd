package org.lvzhi.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.organisation.Members;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What activities contribute to the metric catalogue: how many were held, how many
 * participant-times (人次: present attendances) they drew, and how many provinces they went to, with
 * the names.
 */
@Configuration
class ActivityMetrics {

  private static final String FROM =
      " from activity a join activity_type t on t.id = a.type_id where ";
  private final JdbcClient jdbc;
  private final Members members;

  ActivityMetrics(JdbcClient jdbc, Members members) {
    this.jdbc = jdbc;
    this.members = members;
  }

  @Bean
  Metric activityCount() {
    return Metric.of(
        "activity.count",
        "metric.activity.count",
        "次",
        ActivitySelection.FILTERS,
        query -> {
          ActivitySelection selection = ActivitySelection.of(query, members);
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select a.id, a.title"
                          + FROM
                          + selection.where
                          + " order by a.starts_at, a.id")
                  .params(selection.params)
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2), "/registry/activities/" + rs.getLong(1)))
                  .list();
          return MetricResult.count(sources.size(), sources);
        });
  }

  @Bean
  Metric activityParticipantTimes() {
    List<String> filters = new ArrayList<>(ActivitySelection.FILTERS);
    filters.add("participant");
    return Metric.of(
        "activity.participant-times",
        "metric.activity.participantTimes",
        "人次",
        filters,
        query -> {
          ActivitySelection selection = ActivitySelection.of(query, members);
          String who =
              switch (query.values("participant").isEmpty()
                  ? ""
                  : query.values("participant").get(0)) {
                case "member" -> " and p.member_id is not null";
                case "cadre" -> " and p.account_id is not null";
                default -> "";
              };
          long count =
              jdbc.sql(
                      "select count(*) from participation p where p.state = 'PRESENT'"
                          + who
                          + " and p.activity_id in (select a.id"
                          + FROM
                          + selection.where
                          + ")")
                  .params(selection.params)
                  .query(Long.class)
                  .single();
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select a.id, a.title"
                          + FROM
                          + selection.where
                          + " and exists (select 1 from participation p where p.activity_id = a.id and p.state = 'PRESENT')"
                          + " order by a.starts_at, a.id")
                  .params(selection.params)
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2), "/registry/activities/" + rs.getLong(1)))
                  .list();
          return MetricResult.count(count, sources);
        });
  }

  @Bean
  Metric activityProvinces() {
    return Metric.of(
        "activity.provinces",
        "metric.activity.provinces",
        "个",
        ActivitySelection.FILTERS,
        query -> {
          ActivitySelection selection = ActivitySelection.of(query, members);
          List<String> codes =
              jdbc.sql(
                      "select distinct ap.province from activity_province ap where ap.activity_id in"
                          + " (select a.id"
                          + FROM
                          + selection.where
                          + ")")
                  .params(selection.params)
                  .query(String.class)
                  .list();
          List<String> ordered = ActivityCodes.PROVINCES.stream().filter(codes::contains).toList();
          List<String> names =
              ordered.stream().map(code -> org.lvzhi.system.Texts.of("province." + code)).toList();
          return new MetricResult(BigDecimal.valueOf(names.size()), names, List.of());
        });
  }
}
