package org.lvzhi.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What investment contributes to the metric catalogue. Amounts are in 万元 (two decimals, exact);
 * rates are percentages (half-up, two decimals). Signings count in the period of their date: the
 * first contract once, later only increases.
 */
@Configuration
class InvestmentMetrics {

  private static final String LINK = "/registry/investment-projects/";

  /**
   * The move by which a project landed: to LANDED or beyond, from a stage before it (not an
   * increase or a resumption).
   */
  private static final String LANDING =
      "m.to_stage in ('LANDED', 'STARTED', 'OPERATING')"
          + " and m.from_stage in ('LEAD', 'ASSESSED', 'NEGOTIATING', 'SIGNED', 'REGISTERED')";

  /** One committee's projects (ADR 7): the committee the query names. */
  private static final String IN_COMMITTEE = "p.committee_id = :committeeId and ";

  /** Projects first signed in the period. */
  private static final String SIGNED_IN_PERIOD =
      "exists (select 1 from project_move m where m.project_id = p.id"
          + " and m.first_signing = true and m.occurred_on between :from and :to)";

  private final JdbcClient jdbc;

  InvestmentMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  Metric investmentLeads() {
    return Metric.of(
        "investment.leads",
        "metric.investment.leads",
        "条",
        List.of("fromActivity"),
        query -> {
          String fromActivity =
              query.flag("fromActivity") ? " and p.source_activity_id is not null" : "";
          return projects(
              "select p.id, p.name from investment_project p where "
                  + IN_COMMITTEE
                  + "p.lead_on between :from and :to"
                  + fromActivity
                  + " order by p.lead_on, p.id",
              query);
        });
  }

  @Bean
  Metric investmentLanded() {
    return Metric.of(
        "investment.landed",
        "metric.investment.landed",
        "个",
        List.of(),
        query ->
            projects(
                "select p.id, p.name from investment_project p where "
                    + IN_COMMITTEE
                    + "exists (select 1 from project_move m where"
                    + " m.project_id = p.id and "
                    + LANDING
                    + " and m.occurred_on between :from and :to) order by p.id",
                query));
  }

  @Bean
  Metric investmentInPlanning() {
    return Metric.of(
        "investment.in-planning",
        "metric.investment.inPlanning",
        "个",
        List.of(),
        query ->
            projects(
                "select p.id, p.name from investment_project p where "
                    + IN_COMMITTEE
                    + "p.in_planning = true order by p.id",
                query));
  }

  @Bean
  Metric investmentSignedCount() {
    return Metric.of(
        "investment.signed-count",
        "metric.investment.signedCount",
        "个",
        List.of("viaPlatform"),
        query ->
            projects(
                "select p.id, p.name from investment_project p join project_move m on m.project_id = p.id"
                    + " where "
                    + IN_COMMITTEE
                    + "m.first_signing = true and m.occurred_on between :from and :to"
                    + platform(query)
                    + " order by m.occurred_on, p.id",
                query));
  }

  @Bean
  Metric investmentSignedAmount() {
    return Metric.of(
        "investment.signed-amount",
        "metric.investment.signedAmount",
        "万元",
        List.of("viaPlatform"),
        query ->
            amount(
                "select coalesce(sum(m.counted_amount), 0) from project_move m join investment_project p"
                    + " on p.id = m.project_id where "
                    + IN_COMMITTEE
                    + "m.counted_amount is not null and m.occurred_on between :from and :to"
                    + platform(query),
                query));
  }

  @Bean
  Metric investmentLandedAmount() {
    return Metric.of(
        "investment.landed-amount",
        "metric.investment.landedAmount",
        "万元",
        List.of(),
        query ->
            amount(
                "select coalesce(sum(p.landed_amount), 0) from investment_project p where "
                    + IN_COMMITTEE
                    + "exists (select 1 from project_move m"
                    + " where m.project_id = p.id and "
                    + LANDING
                    + " and m.occurred_on between :from and :to)",
                query));
  }

  @Bean
  Metric investmentShepherdedCompleted() {
    return Metric.of(
        "investment.shepherded-completed",
        "metric.investment.shepherdedCompleted",
        "万元",
        List.of(),
        query ->
            amount(
                "select coalesce(sum(l.completed), 0) from project_ledger l join project_year_target t"
                    + " on t.project_id = l.project_id and t.target_year = l.ledger_year"
                    + " where (l.ledger_year * 100 + l.ledger_month) between :fromMonth and :toMonth"
                    + " and l.project_id in (select p.id from investment_project p where p.committee_id = :committeeId)",
                query));
  }

  @Bean
  Metric investmentShepherdedTarget() {
    return Metric.of(
        "investment.shepherded-target",
        "metric.investment.shepherdedTarget",
        "万元",
        List.of(),
        query ->
            amount(
                "select coalesce(sum(target_amount), 0) from project_year_target where target_year between"
                    + " :fromYear and :toYear"
                    + " and project_id in (select p.id from investment_project p where p.committee_id = :committeeId)",
                query));
  }

  @Bean
  Metric investmentStartRate() {
    return Metric.of(
        "investment.start-rate",
        "metric.investment.startRate",
        "%",
        List.of(),
        query ->
            rate(
                "select count(*) from investment_project p where "
                    + IN_COMMITTEE
                    + SIGNED_IN_PERIOD
                    + " and (p.stage in ('STARTED', 'OPERATING') or p.stopped_at in ('STARTED', 'OPERATING'))",
                "select count(*) from investment_project p where "
                    + IN_COMMITTEE
                    + SIGNED_IN_PERIOD,
                query));
  }

  @Bean
  Metric investmentCapitalArrival() {
    return Metric.of(
        "investment.capital-arrival-rate",
        "metric.investment.capitalArrival",
        "%",
        List.of(),
        query ->
            rate(
                "select coalesce(sum(p.capital_arrived), 0) from investment_project p where "
                    + IN_COMMITTEE
                    + SIGNED_IN_PERIOD,
                "select coalesce(sum(p.capital_committed), 0) from investment_project p where "
                    + IN_COMMITTEE
                    + SIGNED_IN_PERIOD,
                query));
  }

  @Bean
  Metric plannedProjectsMetric() {
    return Metric.of(
        "investment.planned-projects",
        "metric.investment.plannedProjects",
        "个",
        List.of(),
        query ->
            MetricResult.count(
                jdbc.sql(
                        "select count(*) from planned_project where committee_id = :committeeId"
                            + " and plan_year between :fromYear"
                            + " and :toYear")
                    .params(years(query))
                    .query(Long.class)
                    .single(),
                List.of()));
  }

  @Bean
  Metric plannedInvestmentMetric() {
    return Metric.of(
        "investment.planned-investment",
        "metric.investment.plannedInvestment",
        "万元",
        List.of(),
        query ->
            amount(
                "select coalesce(sum(total_investment), 0) from planned_project where committee_id ="
                    + " :committeeId and plan_year between"
                    + " :fromYear and :toYear",
                query));
  }

  private MetricResult projects(String sql, MetricQuery query) {
    List<MetricResult.Source> sources =
        jdbc.sql(sql)
            .params(params(query))
            .query((rs, n) -> new MetricResult.Source(rs.getString(2), LINK + rs.getLong(1)))
            .list();
    return MetricResult.count(sources.size(), sources);
  }

  private MetricResult amount(String sql, MetricQuery query) {
    BigDecimal yuan = jdbc.sql(sql).params(params(query)).query(BigDecimal.class).single();
    return new MetricResult(new Amount(yuan).inWan(), List.of(), List.of());
  }

  private MetricResult rate(String numeratorSql, String denominatorSql, MetricQuery query) {
    BigDecimal numerator =
        jdbc.sql(numeratorSql).params(params(query)).query(BigDecimal.class).single();
    BigDecimal denominator =
        jdbc.sql(denominatorSql).params(params(query)).query(BigDecimal.class).single();
    return new MetricResult(
        Percent.of(numerator, denominator).map(Percent::value).orElse(BigDecimal.ZERO),
        List.of(),
        List.of());
  }

  private static String platform(MetricQuery query) {
    return query.flag("viaPlatform") ? " and p.signed_via_platform = true" : "";
  }

  private static Map<String, Object> params(MetricQuery query) {
    Map<String, Object> params = new java.util.HashMap<>(years(query));
    params.put("from", query.from());
    params.put("to", query.to());
    params.put("fromMonth", query.from().getYear() * 100 + query.from().getMonthValue());
    params.put("toMonth", query.to().getYear() * 100 + query.to().getMonthValue());
    return params;
  }

  private static Map<String, Object> years(MetricQuery query) {
    return Map.of(
        "fromYear",
        query.from().getYear(),
        "toYear",
        query.to().getYear(),
        "committeeId",
        query.committeeId());
  }
}
