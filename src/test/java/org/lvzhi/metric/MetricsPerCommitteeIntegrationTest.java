package org.lvzhi.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lvzhi.activity.ActivityStatistics;
import org.lvzhi.activity.StatisticsView;
import org.lvzhi.investment.InvestmentStatistics;
import org.lvzhi.system.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guard of ADR 7 over the whole catalogue: every metric counts only its query's committee. A
 * committee without a single record has zero of everything over a century, while the demo
 * committee, over the same century, has something of everything — so a metric that forgot the
 * committee would show the demo's records in the empty committee and fail here. The demo loads no
 * problems, so this test raises two in the demo committee.
 */
@OnMetricDatabase
class MetricsPerCommitteeIntegrationTest {

  static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  static final LocalDate TO = LocalDate.of(2100, 12, 31);
  private static final String EMPTY_COMMITTEE = "指标守卫测试委员会";

  @Autowired MetricCatalogue catalogue;
  @Autowired JdbcClient jdbc;
  @Autowired SystemActor system;
  @Autowired ActivityStatistics activityStatistics;
  @Autowired InvestmentStatistics investmentStatistics;

  @Test
  void everyMetricCountsOnlyItsCommittee() {
    long demo = demoCommittee(jdbc);
    long empty = emptyCommittee();
    raiseProblems(demo);
    assertThat(catalogue.all()).hasSizeGreaterThan(10);
    SoftAssertions soft = new SoftAssertions();
    for (Metric metric : catalogue.all()) {
      MetricQuery ofEmpty = new MetricQuery(empty, FROM, TO, Map.of());
      // Computed while working in the demo committee: a metric must count the query's committee,
      // not the one the user works in.
      MetricResult none = system.callIn(demo, () -> metric.compute(ofEmpty));
      soft.assertThat(none.value())
          .as("%s of a committee without records", metric.name())
          .isEqualByComparingTo(BigDecimal.ZERO);
      soft.assertThat(none.sources())
          .as("records behind %s of a committee without records", metric.name())
          .isEmpty();
      soft.assertThat(none.names())
          .as("names behind %s of a committee without records", metric.name())
          .isEmpty();
      MetricResult some = system.callIn(empty, () -> metric.compute(ofEmpty.in(demo)));
      soft.assertThat(some.value())
          .as(
              "%s of the demo committee: without demo (or test) records for it, this test cannot"
                  + " tell whether it counts only its committee — add some",
              metric.name())
          .isGreaterThan(BigDecimal.ZERO);
    }
    soft.assertAll();
  }

  @Test
  void theStatisticsPagesReadTheWorkingCommitteesRecordsOnly() {
    long demo = demoCommittee(jdbc);
    long empty = emptyCommittee();
    int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

    StatisticsView none = system.callIn(empty, () -> activityStatistics.of(FROM, TO));
    assertThat(none.activities()).isZero();
    assertThat(none.byType()).isEmpty();
    assertThat(none.byMonth()).isEmpty();
    StatisticsView demos = system.callIn(demo, () -> activityStatistics.of(FROM, TO));
    assertThat(demos.byType()).isNotEmpty();
    assertThat(demos.byMonth()).isNotEmpty();
    assertThat(demos.byType().stream().mapToLong(StatisticsView.Row::activities).sum())
        .isEqualTo(demos.activities());

    assertThat(system.callIn(empty, () -> investmentStatistics.of(year)).shepherded()).isEmpty();
    assertThat(system.callIn(demo, () -> investmentStatistics.of(year)).shepherded()).isNotEmpty();
  }

  static long demoCommittee(JdbcClient jdbc) {
    return jdbc.sql("select id from committee where name = :name")
        .param("name", OnMetricDatabase.DEMO_COMMITTEE)
        .query(Long.class)
        .single();
  }

  /** A committee with no records at all, created once per database. */
  private long emptyCommittee() {
    jdbc.sql(
            "insert into committee (name, level) select :name, 'COUNTY' where not exists"
                + " (select 1 from committee where name = :name)")
        .param("name", EMPTY_COMMITTEE)
        .update();
    return jdbc.sql("select id from committee where name = :name")
        .param("name", EMPTY_COMMITTEE)
        .query(Long.class)
        .single();
  }

  /** Two problems in the demo committee: one resolved, one overdue (raised once per database). */
  private void raiseProblems(long demo) {
    long unit =
        jdbc.sql("select id from unit where committee_id = :c order by id limit 1")
            .param("c", demo)
            .query(Long.class)
            .single();
    long project =
        jdbc.sql("select id from investment_project where committee_id = :c order by id limit 1")
            .param("c", demo)
            .query(Long.class)
            .single();
    problem(
        demo,
        unit,
        project,
        "指标守卫：已整改",
        "RESOLVED",
        LocalDate.of(2020, 3, 1),
        LocalDate.of(2020, 4, 1));
    problem(demo, unit, project, "指标守卫：逾期", "ASSIGNED", LocalDate.of(2020, 3, 2), null);
  }

  private void problem(
      long committee,
      long unit,
      long project,
      String title,
      String status,
      LocalDate raised,
      LocalDate resolved) {
    jdbc.sql(
            "insert into rectification (title, source_type, source_id, source_label, source_path,"
                + " status, raised_by, raised_on, unit_id, due_on, assigned_on, resolved_on,"
                + " measures, overdue, committee_id) select :title, 'PROJECT', :project, :title,"
                + " :path, :status, 'system', :raised, :unit, :due, :raised, cast(:resolved as date),"
                + " cast(:measures as varchar(2000)), :overdue, :committee where not exists"
                + " (select 1 from rectification where title = :title)")
        .param("title", title)
        .param("project", project)
        .param("path", "/registry/investment-projects/" + project)
        .param("status", status)
        .param("raised", raised)
        .param("unit", unit)
        .param("due", raised.plusDays(20))
        .param("resolved", resolved)
        .param("measures", resolved == null ? null : "已整改")
        .param("overdue", resolved == null)
        .param("committee", committee)
        .update();
  }
}
