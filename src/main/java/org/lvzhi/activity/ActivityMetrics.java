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

  /**
   * Distinct enterprises and units met in the period's activities (outcomes of kind
   * ENTERPRISE_MET), narrowed by the activity filters and {@code unitType} (ENTERPRISE, GOVERNMENT
   * …); each unit once, however often it was met, with its name.
   */
  @Bean
  Metric activityEnterprisesMet() {
    List<String> filters = new ArrayList<>(ActivitySelection.FILTERS);
    filters.add("unitType");
    return Metric.of(
        "activity.enterprises-met",
        "metric.activity.enterprisesMet",
        "家",
        filters,
        query -> {
          ActivitySelection selection = ActivitySelection.of(query, members);
          java.util.Map<String, Object> params = new java.util.HashMap<>(selection.params);
          String unitType = "";
          if (!query.values("unitType").isEmpty()) {
            unitType = " and u.unit_type in (:unitType)";
            params.put("unitType", query.values("unitType"));
          }
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select u.id, u.name from unit u where u.committee_id = :committeeId"
                          + unitType
                          + " and u.id in (select o.unit_id from activity_outcome o"
                          + " where o.kind = 'ENTERPRISE_MET' and o.committee_id = :committeeId"
                          + " and o.activity_id in (select a.id"
                          + FROM
                          + selection.where
                          + ")) order by u.name, u.id")
                  .params(params)
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2), "/registry/units/" + rs.getLong(1)))
                  .list();
          return new MetricResult(
              BigDecimal.valueOf(sources.size()),
              sources.stream().map(MetricResult.Source::label).toList(),
              sources);
        });
  }

  /**
   * People who took part in the period's activities: distinct members and cadres present, plus the
   * external people recorded on each activity (a training's 外部人员 count), for "培训50余人". Beside
   * {@code activity.participant-times}, which counts every attendance.
   */
  @Bean
  Metric activityParticipants() {
    return Metric.of(
        "activity.participants",
        "metric.activity.participants",
        "人",
        ActivitySelection.FILTERS,
        query -> {
          ActivitySelection selection = ActivitySelection.of(query, members);
          String activities = " (select a.id" + FROM + selection.where + ")";
          long people =
              jdbc.sql(
                      "select count(*) from (select distinct p.member_id, p.account_id"
                          + " from participation p where p.state = 'PRESENT' and p.activity_id in"
                          + activities
                          + ") d")
                  .params(selection.params)
                  .query(Long.class)
                  .single();
          long external =
              jdbc.sql("select coalesce(sum(a.external_count), 0)" + FROM + selection.where)
                  .params(selection.params)
                  .query(Long.class)
                  .single();
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select a.id, a.title"
                          + FROM
                          + selection.where
                          + " and (a.external_count > 0 or exists (select 1 from participation p"
                          + " where p.activity_id = a.id and p.state = 'PRESENT'))"
                          + " order by a.starts_at, a.id")
                  .params(selection.params)
                  .query(
                      (rs, n) ->
                          new MetricResult.Source(
                              rs.getString(2), "/registry/activities/" + rs.getLong(1)))
                  .list();
          return MetricResult.count(people + external, sources);
        });
  }
}
