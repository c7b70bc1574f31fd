package org.lvzhi.proposal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.ProposalStatisticsView.Figures;
import org.lvzhi.proposal.ProposalStatisticsView.Row;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposal statistics of a period (提案统计): received, accepted, not accepted, merged, withdrawn,
 * replied and replied on time, satisfaction, key and overdue proposals — the figures the metrics
 * count ({@link ProposalMetrics}, the same selection and conditions) — for the committee, by lead
 * unit, by sector and by special committee; and the same as an Excel workbook. A proposal counts in
 * its own sector, else its lead author's; in its own special committee, else in each of its lead
 * author's (so the special committees' rows may add up to more than the total).
 */
@Service
public class ProposalStatistics {

  public static final String PERMISSION = ProposalAccess.STATISTICS;

  /** One figure per condition, in the order of {@link Figures}. */
  private static final String SUMS =
      String.join(
          ", ",
          List.of(
              "count(*)",
              sum(ProposalMetrics.ACCEPTED),
              sum(ProposalMetrics.REJECTED),
              sum(ProposalMetrics.MERGED),
              sum(ProposalMetrics.WITHDRAWN),
              sum(ProposalMetrics.ASSIGNED),
              sum(ProposalMetrics.REPLIED),
              sum(ProposalMetrics.ON_TIME),
              sum(ProposalMetrics.DUE),
              sum(ProposalMetrics.RATED),
              sum(ProposalMetrics.SATISFIED),
              sum(ProposalMetrics.KEY),
              sum(ProposalMetrics.OVERDUE)));

  private static final int FIGURES = 13;

  private final JdbcClient jdbc;
  private final Units units;
  private final Members members;
  private final Sessions sessions;
  private final Spreadsheets spreadsheets;
  private final Clock clock;

  ProposalStatistics(
      JdbcClient jdbc,
      Units units,
      Members members,
      Sessions sessions,
      Spreadsheets spreadsheets,
      Clock clock) {
    this.jdbc = jdbc;
    this.units = units;
    this.members = members;
    this.sessions = sessions;
    this.spreadsheets = spreadsheets;
    this.clock = clock;
  }

  private static String sum(String condition) {
    return "sum(case when " + condition + " then 1 else 0 end)";
  }

  /**
   * The statistics of a year, or of a period from–to (both days included); this year where neither
   * is given. A period whose end comes before its start is refused (400).
   */
  @Transactional(readOnly = true)
  public ProposalStatisticsView of(Integer year, LocalDate from, LocalDate to) {
    CurrentUser.requirePermission(PERMISSION);
    LocalDate today = LocalDate.now(clock);
    LocalDate start;
    LocalDate end;
    if (from != null || to != null) {
      start = from == null ? today.withDayOfYear(1) : from;
      end = to == null ? start.withMonth(12).withDayOfMonth(31) : to;
    } else {
      int chosen = year == null ? today.getYear() : year;
      if (chosen < 1900 || chosen > 9999) {
        throw new InvalidInputException(
            Map.of("year", Texts.of("proposal.stats.badYear", String.valueOf(chosen))));
      }
      start = LocalDate.of(chosen, 1, 1);
      end = LocalDate.of(chosen, 12, 31);
    }
    if (end.isBefore(start)) {
      throw new InvalidInputException(Map.of("to", Texts.of("proposal.stats.endBeforeStart")));
    }
    ProposalMetricsSelection selection =
        ProposalMetricsSelection.of(MetricQuery.inWorkingCommittee(start, end, Map.of()), today);
    Map<Long, String> unitNames = units.all();
    Map<Long, long[]> bySpecialCommittee =
        merge(
            rows(
                "t.special_committee_id",
                "",
                selection.and("t.special_committee_id is not null"),
                selection),
            rows(
                "x.special_committee_id",
                " join member_special_committee x on x.member_id = t.lead_member_id",
                selection.and("t.special_committee_id is null"),
                selection));
    return new ProposalStatisticsView(
        start,
        end,
        total(selection),
        named(
            rows(
                "lu.unit_id",
                " join proposal_unit lu on lu.proposal_id = t.id and lu.lead = true",
                selection.where,
                selection),
            unitNames::get),
        named(
            rows(ProposalMetricsSelection.SECTOR, "", selection.where, selection),
            members.sectors()::get),
        named(bySpecialCommittee, members.specialCommittees()::get),
        sessions.all());
  }

  private Figures total(ProposalMetricsSelection selection) {
    return jdbc.sql("select " + SUMS + " from proposal t where " + selection.where)
        .params(selection.params)
        .query((rs, n) -> Figures.of(figures(rs, 1)))
        .single();
  }

  /** The selection's figures grouped by {@code key} (a constant expression). */
  private Map<Long, long[]> rows(
      String key, String join, String where, ProposalMetricsSelection selection) {
    Map<Long, long[]> rows = new LinkedHashMap<>();
    jdbc.sql(
            "select "
                + key
                + ", "
                + SUMS
                + " from proposal t"
                + join
                + " where "
                + where
                + " and "
                + key
                + " is not null group by "
                + key)
        .params(selection.params)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> rows.put(rs.getLong(1), figures(rs, 2)));
    return rows;
  }

  private static long[] figures(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
    long[] values = new long[FIGURES];
    for (int i = 0; i < FIGURES; i++) {
      values[i] = rs.getLong(first + i);
    }
    return values;
  }

  private static Map<Long, long[]> merge(Map<Long, long[]> a, Map<Long, long[]> b) {
    Map<Long, long[]> merged = new LinkedHashMap<>(a);
    b.forEach(
        (id, values) ->
            merged.merge(
                id,
                values,
                (x, y) -> {
                  long[] sum = new long[FIGURES];
                  for (int i = 0; i < FIGURES; i++) {
                    sum[i] = x[i] + y[i];
                  }
                  return sum;
                }));
    return merged;
  }

  /** Rows with their names, the most received first, then by name. */
  private static List<Row> named(Map<Long, long[]> rows, Function<Long, String> names) {
    List<Row> named = new ArrayList<>();
    rows.forEach(
        (id, values) ->
            named.add(
                new Row(
                    id, names.apply(id) == null ? "#" + id : names.apply(id), Figures.of(values))));
    named.sort(
        Comparator.comparingLong((Row r) -> -r.figures().received())
            .thenComparing(r -> -r.figures().assigned())
            .thenComparing(Row::name));
    return named;
  }

  /** The statistics as a workbook: the totals, then one sheet per breakdown. */
  public void export(ProposalStatisticsView view, OutputStream out) throws IOException {
    List<String> headers =
        List.of(
            "proposal.stats.name",
            "metric.proposal.received",
            "metric.proposal.accepted",
            "metric.proposal.rejected",
            "metric.proposal.merged",
            "proposal.stats.withdrawn",
            "proposal.stats.assigned",
            "proposal.stats.replied",
            "proposal.stats.repliedOnTime",
            "metric.proposal.repliedOnTimeRate",
            "proposal.stats.rated",
            "proposal.stats.satisfied",
            "metric.proposal.satisfactionRate",
            "metric.proposal.key",
            "metric.proposal.overdue");
    List<String> texts = headers.stream().map(key -> Texts.of(key)).toList();
    List<Row> total = List.of(new Row(null, Texts.of("proposal.stats.total"), view.total()));
    spreadsheets.writeXlsx(
        out,
        List.of(
            sheet("proposal.stats.title", texts, total),
            sheet("proposal.stats.byUnit", texts, view.byUnit()),
            sheet("proposal.stats.bySector", texts, view.bySector()),
            sheet("proposal.stats.bySpecialCommittee", texts, view.bySpecialCommittee())));
  }

  private static Spreadsheets.Sheet sheet(String titleKey, List<String> headers, List<Row> rows) {
    return new Spreadsheets.Sheet(
        Texts.of(titleKey),
        headers,
        rows.stream()
            .map(
                r -> {
                  Figures f = r.figures();
                  return java.util.Arrays.<Object>asList(
                      r.name(),
                      f.received(),
                      f.accepted(),
                      f.rejected(),
                      f.merged(),
                      f.withdrawn(),
                      f.assigned(),
                      f.replied(),
                      f.repliedOnTime(),
                      f.repliedOnTimeRate(),
                      f.rated(),
                      f.satisfied(),
                      f.satisfactionRate(),
                      f.key(),
                      f.overdue());
                }));
  }
}
