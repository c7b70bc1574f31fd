package org.lvzhi.investment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What investment contributes to the metric catalogue. Amounts are in 万元 (two decimals, exact);
 * rates are percentages (half-up, two decimals). Signings count in the period of their date: the
 * first contract once, later only increases. Every figure counts the query's committee's projects
 * only ({@link #OWN}; ledger months, targets and moves through their project).
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

  /** Projects first signed in the period. */
  private static final String SIGNED_IN_PERIOD =
      "exists (select 1 from project_move m where m.project_id = p.id"
          + " and m.first_signing = true and m.occurred_on between :from and :to)";

  /** The query's committee's projects (ADR 7), bound by {@link #params}. */
  private static final String OWN = "p.committee_id = :committeeId";

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
                  + OWN
                  + " and p.lead_on between :from and :to"
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
                    + OWN
                    + " and exists (select 1 from project_move m where"
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
                    + OWN
                    + " and p.in_planning = true order by p.id",
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
                    + OWN
                    + " and m.first_signing = true and m.occurred_on between :from and :to"
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
                    + OWN
                    + " and m.counted_amount is not null and m.occurred_on between :from and :to"
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
                    + OWN
                    + " and exists (select 1 from project_move m"
                    + " where m.project_id = p.id and "
                    + LANDING
                    + " and m.occurred_on between :from and :to)",
                query));
  }

  /**
   * Completed investment of shepherded projects (those with a target for the ledger's year), by
   * ledger month within the period; {@code project=<id,...>} narrows it to those projects.
   */
  @Bean
  Metric investmentShepherdedCompleted() {
    return Metric.of(
        "investment.shepherded-completed",
        "metric.investment.shepherdedCompleted",
        "万元",
        List.of("project"),
        query ->
            amount(
                "select coalesce(sum(l.completed), 0) from project_ledger l join project_year_target t"
                    + " on t.project_id = l.project_id and t.target_year = l.ledger_year"
                    + " join investment_project p on p.id = l.project_id where "
                    + OWN
                    + " and (l.ledger_year * 100 + l.ledger_month) between :fromMonth and :toMonth"
                    + project(query),
                query,
                shepherded(query)));
  }

  /**
   * The shepherded projects' completion of their year's targets: completed in the period's ledger
   * months / the targets of the period's years, half-up to two decimals (the seed: 9 513.54 of 19
   * 000 万元 = 50.07 %); {@code project=<id,...>} narrows it; 0 where no target is set.
   */
  @Bean
  Metric investmentShepherdedCompletionRate() {
    return Metric.of(
        "investment.shepherded-completion-rate",
        "metric.investment.shepherdedCompletionRate",
        "%",
        List.of("project"),
        query -> {
          MetricResult rate =
              rate(
                  "select coalesce(sum(l.completed), 0) from project_ledger l join project_year_target t"
                      + " on t.project_id = l.project_id and t.target_year = l.ledger_year"
                      + " join investment_project p on p.id = l.project_id where "
                      + OWN
                      + " and (l.ledger_year * 100 + l.ledger_month) between :fromMonth and :toMonth"
                      + project(query),
                  "select coalesce(sum(t.target_amount), 0) from project_year_target t"
                      + " join investment_project p on p.id = t.project_id where "
                      + OWN
                      + " and t.target_year between :fromYear and :toYear"
                      + project(query),
                  query);
          return new MetricResult(rate.value(), List.of(), shepherded(query));
        });
  }

  /**
   * Projects that reached a stage in the period ({@code stage=NEGOTIATING}; NEGOTIATING when not
   * given, the seed's 对接洽谈): moved from a stage before it to it or beyond, on a day in the period;
   * each project once.
   */
  @Bean
  Metric investmentReachedStage() {
    return Metric.of(
        "investment.reached-stage",
        "metric.investment.reachedStage",
        "个",
        List.of("stage"),
        query -> {
          Stage stage = stage(query);
          List<String> before = new java.util.ArrayList<>();
          List<String> reached = new java.util.ArrayList<>();
          for (Stage s : Stage.values()) {
            if (s == Stage.SUSPENDED) {
              continue;
            }
            (s.isAfter(stage) || s == stage ? reached : before).add(s.name());
          }
          if (before.isEmpty()) {
            before.add("-");
          }
          Map<String, Object> params = params(query);
          params.put("before", before);
          params.put("reached", reached);
          List<MetricResult.Source> sources =
              jdbc.sql(
                      "select p.id, p.name from investment_project p where "
                          + OWN
                          + " and exists (select 1 from project_move m where m.project_id = p.id"
                          + " and m.to_stage in (:reached)"
                          + " and (m.from_stage is null or m.from_stage in (:before))"
                          + " and m.occurred_on between :from and :to) order by p.id")
                  .params(params)
                  .query((rs, n) -> new MetricResult.Source(rs.getString(2), LINK + rs.getLong(1)))
                  .list();
          return MetricResult.count(sources.size(), sources);
        });
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
                "select coalesce(sum(t.target_amount), 0) from project_year_target t"
                    + " join investment_project p on p.id = t.project_id where "
                    + OWN
                    + " and t.target_year between :fromYear and :toYear",
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
                    + OWN
                    + " and "
                    + SIGNED_IN_PERIOD
                    + " and (p.stage in ('STARTED', 'OPERATING') or p.stopped_at in ('STARTED', 'OPERATING'))",
                "select count(*) from investment_project p where "
                    + OWN
                    + " and "
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
                    + OWN
                    + " and "
                    + SIGNED_IN_PERIOD,
                "select coalesce(sum(p.capital_committed), 0) from investment_project p where "
                    + OWN
                    + " and "
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
                        "select count(*) from planned_project p where "
                            + OWN
                            + " and p.plan_year between :fromYear and :toYear")
                    .params(params(query))
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
                "select coalesce(sum(p.total_investment), 0) from planned_project p where "
                    + OWN
                    + " and p.plan_year between :fromYear and :toYear",
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
    return amount(sql, query, List.of());
  }

  private MetricResult amount(String sql, MetricQuery query, List<MetricResult.Source> sources) {
    BigDecimal yuan = jdbc.sql(sql).params(params(query)).query(BigDecimal.class).single();
    return new MetricResult(new Amount(yuan).inWan(), List.of(), sources);
  }

  /** The shepherded projects (a target in one of the period's years) a figure is made of. */
  private List<MetricResult.Source> shepherded(MetricQuery query) {
    return jdbc.sql(
            "select p.id, p.name from investment_project p where "
                + OWN
                + " and exists (select 1 from project_year_target t where t.project_id = p.id"
                + " and t.target_year between :fromYear and :toYear)"
                + project(query)
                + " order by p.id")
        .params(params(query))
        .query((rs, n) -> new MetricResult.Source(rs.getString(2), LINK + rs.getLong(1)))
        .list();
  }

  /** The {@code project} filter as SQL on {@code p}: bound ids, validated by {@link #params}. */
  private static String project(MetricQuery query) {
    return query.values("project").isEmpty() ? "" : " and p.id in (:project)";
  }

  private static Stage stage(MetricQuery query) {
    List<String> values = query.values("stage");
    if (values.isEmpty()) {
      return Stage.NEGOTIATING;
    }
    try {
      Stage stage = values.size() == 1 ? Stage.valueOf(values.get(0)) : null;
      if (stage != null && stage != Stage.SUSPENDED) {
        return stage;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new InvalidInputException(
        Map.of("stage", Texts.of("metric.investment.stageRequired", String.join(",", values))));
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

  /** Every parameter the figures' SQL binds: the committee and the period. */
  private static Map<String, Object> params(MetricQuery query) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("committeeId", query.committeeId());
    params.put("fromYear", query.from().getYear());
    params.put("toYear", query.to().getYear());
    params.put("from", query.from());
    params.put("to", query.to());
    params.put("fromMonth", query.from().getYear() * 100 + query.from().getMonthValue());
    params.put("toMonth", query.to().getYear() * 100 + query.to().getMonthValue());
    List<String> projects = query.values("project");
    if (!projects.isEmpty()) {
      try {
        params.put("project", projects.stream().map(Long::valueOf).toList());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            Map.of("project", Texts.of("metric.investment.projectNotIds", projects)));
      }
    }
    return params;
  }
}
