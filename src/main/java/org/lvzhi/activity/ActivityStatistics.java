package org.lvzhi.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.system.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity statistics for a period: totals from the metric catalogue (so the dashboard and the
 * report show the same numbers), and the breakdown by type and by month.
 */
@Component
public class ActivityStatistics {

  public static final String PERMISSION = "activity:statistics";
  private final MetricCatalogue metrics;
  private final JdbcClient jdbc;
  private final java.time.Clock clock;

  ActivityStatistics(MetricCatalogue metrics, JdbcClient jdbc, java.time.Clock clock) {
    this.metrics = metrics;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The statistics of a period, by default (either end missing, or the end before the start) this
   * year.
   */
  @Transactional(readOnly = true)
  public StatisticsView ofPeriod(LocalDate from, LocalDate to) {
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today.withDayOfYear(1) : from;
    LocalDate end = to == null || to.isBefore(start) ? today.withMonth(12).withDayOfMonth(31) : to;
    return of(start, end);
  }

  @Transactional(readOnly = true)
  public StatisticsView of(LocalDate from, LocalDate to) {
    CurrentUser.requirePermission(PERMISSION);
    MetricQuery all = MetricQuery.inWorkingCommittee(from, to, Map.of());
    MetricResult provinces = metrics.compute("activity.provinces", all);
    MetricQuery partyGroup =
        MetricQuery.inWorkingCommittee(from, to, Map.of("ledByPartyGroup", "true"));
    return new StatisticsView(
        from,
        to,
        metrics.compute("activity.count", all).value().longValue(),
        metrics.compute("activity.participant-times", all).value().longValue(),
        provinces.names(),
        metrics.compute("activity.count", partyGroup).value().longValue(),
        rows(BY_TYPE, all),
        rows(BY_MONTH, all));
  }

  private static final String PRESENT =
      "coalesce(sum((select count(*) from participation p"
          + " where p.activity_id = a.id and p.state = 'PRESENT')), 0)";
  private static final String WITHIN =
      " from activity a join activity_type t on t.id = a.type_id"
          + " where a.committee_id = :committeeId and a.starts_at >= :from and a.starts_at < :until";
  private static final String BY_TYPE =
      "select t.name, count(*), "
          + PRESENT
          + WITHIN
          + " group by t.name, t.sort_order order by t.sort_order, t.name";
  private static final String BY_MONTH =
      "select extract(month from a.starts_at), count(*), "
          + PRESENT
          + WITHIN
          + " group by extract(month from a.starts_at) order by extract(month from a.starts_at)";

  /** The rows of the query's committee (ADR 7) for its period. */
  private List<StatisticsView.Row> rows(String sql, MetricQuery query) {
    return jdbc.sql(sql)
        .param("committeeId", query.committeeId())
        .param("from", query.from().atStartOfDay())
        .param("until", query.to().plusDays(1).atStartOfDay())
        .query((rs, n) -> new StatisticsView.Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .list();
  }
}
