package org.lvzhi.target;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Percent;
import org.lvzhi.shared.RagFlag;
import org.lvzhi.system.SystemActor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The monthly snapshots: when a month has ended, each target's figures as they stood at its end —
 * the computed actual, the target value, the indicator and the names, as they were — kept once.
 * Once even with several nodes running the job: the unique key (target, month) lets only the first
 * insert through; the others find the row there (or lose the race and are told so by the key). The
 * job runs daily, so a node that was down on the first of the month catches up the next day.
 */
@Component
public class TargetSnapshots {

  private final TargetStore store;
  private final TargetProgress progress;
  private final JdbcClient jdbc;
  private final SystemActor system;
  private final Clock clock;

  TargetSnapshots(
      TargetStore store,
      TargetProgress progress,
      JdbcClient jdbc,
      SystemActor system,
      Clock clock) {
    this.store = store;
    this.progress = progress;
    this.jdbc = jdbc;
    this.system = system;
    this.clock = clock;
  }

  /** Every committee's snapshot of the month just ended, where not taken yet. */
  @Scheduled(cron = "${lvzhi.target.snapshot-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
  void takeLastMonth() {
    take(YearMonth.now(clock).minusMonths(1));
  }

  /** Takes the month's snapshots of every committee's targets; how many rows this call wrote. */
  public int take(YearMonth month) {
    int written = 0;
    for (long committee : store.committeesWithCampaign(month.getYear())) {
      written += system.callIn(committee, () -> take(committee, month));
    }
    return written;
  }

  int take(long committee, YearMonth month) {
    Optional<Campaign> campaign = store.campaign(committee, month.getYear());
    if (campaign.isEmpty()) {
      return 0;
    }
    LocalDate end = month.atEndOfMonth();
    List<TargetLine> targets = store.targets(committee, campaign.get().id());
    int written = 0;
    for (ProgressTable.Group group : progress.rows(committee, month.getYear(), end, targets)) {
      for (ProgressRow row : group.rows()) {
        written += insertIfAbsent(committee, month, row);
      }
    }
    return written;
  }

  private int insertIfAbsent(long committee, YearMonth month, ProgressRow row) {
    boolean kept =
        jdbc.sql(
                    "select count(*) from target_snapshot where target_id = :t and snapshot_month = :m")
                .param("t", row.targetId())
                .param("m", key(month))
                .query(Long.class)
                .single()
            > 0;
    if (kept) {
      return 0;
    }
    try {
      // No transaction around it: on PostgreSQL a refused insert must not abort the others.
      return jdbc.sql(
              "insert into target_snapshot (committee_id, target_id, snapshot_month, taken_at,"
                  + " theme_name, indicator, metric_name, metric_filters, unit, target_value,"
                  + " actual_value, completion, elapsed, flag, lead_name, responsible_name)"
                  + " values (:c, :t, :m, :at, :theme, :label, :metric, :filters, :unit, :target,"
                  + " :actual, :completion, :elapsed, :flag, :lead, :body)")
          .param("c", committee)
          .param("t", row.targetId())
          .param("m", key(month))
          .param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
          .param("theme", row.themeName())
          .param("label", row.label())
          .param("metric", row.indicator().metric())
          .param("filters", row.indicator().filtersText())
          .param("unit", row.unit())
          .param("target", row.targetValue())
          .param("actual", row.actual())
          .param("completion", row.progress().completion().map(Percent::value).orElse(null))
          .param("elapsed", row.progress().elapsed().value())
          .param("flag", row.progress().flag().name())
          .param("lead", row.leadName())
          .param("body", row.responsibleName())
          .update();
    } catch (DuplicateKeyException raced) {
      // Another node wrote the same month a moment earlier: the row is there, once.
      return 0;
    }
  }

  /** The month's kept figures, in the order the targets had then; empty where none were kept. */
  List<ProgressTable.Group> kept(long committee, int year, YearMonth month) {
    List<ProgressTable.Group> groups = new ArrayList<>();
    jdbc.sql(
            "select s.target_id, s.theme_name, s.indicator, s.metric_name, s.metric_filters, s.unit,"
                + " s.target_value, s.actual_value, s.completion, s.elapsed, s.flag, s.lead_name,"
                + " s.responsible_name from target_snapshot s where s.committee_id = :c"
                + " and s.snapshot_month = :m order by s.id")
        .param("c", committee)
        .param("m", key(month))
        .query(
            (rs, n) -> {
              Optional<Percent> completion =
                  Optional.ofNullable(rs.getBigDecimal(9)).map(Percent::new);
              Percent elapsed = new Percent(rs.getBigDecimal(10));
              BigDecimal ahead =
                  completion.map(c -> c.pointsAbove(elapsed)).orElse(BigDecimal.ZERO.setScale(2));
              Indicator indicator = Indicator.parse(rs.getString(4), rs.getString(5));
              return new ProgressRow(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  indicator,
                  rs.getString(6),
                  rs.getBigDecimal(7),
                  rs.getBigDecimal(8),
                  new Progress(
                      rs.getBigDecimal(8),
                      rs.getBigDecimal(7),
                      completion,
                      elapsed,
                      ahead,
                      RagFlag.valueOf(rs.getString(11))),
                  rs.getString(12),
                  rs.getString(13),
                  null,
                  false,
                  null,
                  TargetProgress.recordsHref(indicator, year, month.atEndOfMonth()));
            })
        .list()
        .forEach(row -> add(groups, row));
    return groups;
  }

  /** The months of the year whose snapshots were kept, in order. */
  List<YearMonth> months(long committee, int year) {
    return jdbc
        .sql(
            "select distinct snapshot_month from target_snapshot where committee_id = :c"
                + " and snapshot_month between :from and :to order by snapshot_month")
        .param("c", committee)
        .param("from", year * 100 + 1)
        .param("to", year * 100 + 12)
        .query(Integer.class)
        .list()
        .stream()
        .map(m -> YearMonth.of(m / 100, m % 100))
        .toList();
  }

  /**
   * A target's kept completion month by month, for its trend: month key to completion (or null).
   */
  List<TrendPoint> trend(long committee, long target) {
    return jdbc.sql(
            "select snapshot_month, actual_value, completion, elapsed from target_snapshot"
                + " where committee_id = :c and target_id = :t order by snapshot_month")
        .param("c", committee)
        .param("t", target)
        .query(
            (rs, n) ->
                new TrendPoint(
                    YearMonth.of(rs.getInt(1) / 100, rs.getInt(1) % 100).toString(),
                    rs.getBigDecimal(2),
                    rs.getBigDecimal(3),
                    rs.getBigDecimal(4)))
        .list();
  }

  private static void add(List<ProgressTable.Group> groups, ProgressRow row) {
    ProgressTable.Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
    if (last == null || !java.util.Objects.equals(last.theme(), row.themeName())) {
      groups.add(new ProgressTable.Group(row.themeName(), new ArrayList<>()));
      last = groups.get(groups.size() - 1);
    }
    last.rows().add(row);
  }

  static int key(YearMonth month) {
    return month.getYear() * 100 + month.getMonthValue();
  }
}
