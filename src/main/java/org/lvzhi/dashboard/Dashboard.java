package org.lvzhi.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricLinks;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.metric.Rollup;
import org.lvzhi.shared.RagFlag;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.lvzhi.target.Targets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the dashboard of the working committee for a year and a period within it (both days
 * included; by default the whole year): the targets' progress, key figures and monthly and per-kind
 * bars, from the metric catalogue and the targets only.
 */
@Service
public class Dashboard {

  public static final String VIEW = "dashboard:view";

  /** The media tiers an article counts at, in order. */
  static final List<String> TIERS = List.of("CENTRAL", "PROVINCIAL", "CITY", "COUNTY");

  private final MetricCatalogue catalogue;
  private final Targets targets;
  private final Clock clock;

  Dashboard(MetricCatalogue catalogue, Targets targets, Clock clock) {
    this.catalogue = catalogue;
    this.targets = targets;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public DashboardView of(Integer year, LocalDate from, LocalDate to) {
    CurrentUser.requirePermission(VIEW);
    LocalDate today = LocalDate.now(clock);
    int shown = year == null ? today.getYear() : year;
    if (shown < 2000 || shown > 2100) {
      throw new InvalidInputException(Map.of("year", Texts.of("target.invalidYear")));
    }
    LocalDate start = from == null ? LocalDate.of(shown, 1, 1) : from;
    LocalDate end = to == null ? LocalDate.of(shown, 12, 31) : to;
    if (start.getYear() != shown || end.getYear() != shown) {
      throw new InvalidInputException(Map.of("from", Texts.of("dashboard.periodInYear", shown)));
    }
    if (end.isBefore(start)) {
      throw new InvalidInputException(Map.of("to", Texts.of("metric.endBeforeStart")));
    }
    String elapsed =
        (shown < today.getYear()
            ? "100.00%"
            : shown > today.getYear() ? "0.00%" : RagFlag.elapsed(today).display());
    return new DashboardView(
        shown,
        start,
        end,
        elapsed,
        CurrentUser.require().can(Targets.VIEW) ? targets.progress(shown) : null,
        figures(start, end),
        List.of(
            monthly("shepherded", "investment.shepherded-completed", Map.of(), start, end),
            monthly("activities", "activity.count", Map.of(), start, end),
            tiers(start, end)));
  }

  private List<DashboardView.Figure> figures(LocalDate from, LocalDate to) {
    List<DashboardView.Figure> figures = new ArrayList<>();
    figure(figures, "activities", "activity.count", Map.of(), from, to);
    figure(
        figures,
        "trips",
        "activity.count",
        Map.of("category", "INVESTMENT_OUTBOUND,INVESTMENT_RECEPTION"),
        from,
        to);
    figure(figures, "provinces", "activity.provinces", Map.of(), from, to);
    figure(figures, "leads", "investment.leads", Map.of(), from, to);
    figure(figures, "shepherdedRate", "investment.shepherded-completion-rate", Map.of(), from, to);
    figure(figures, "participantTimes", "activity.participant-times", Map.of(), from, to);
    if (has("rectification.resolved")) {
      Map<String, String> supervision = Map.of("sourceType", "SUPERVISION");
      figure(figures, "supervisionRaised", "rectification.raised", supervision, from, to);
      figure(figures, "supervisionResolved", "rectification.resolved", supervision, from, to);
    }
    figure(figures, "repliedOnTime", "proposal.replied-on-time-rate", Map.of(), from, to);
    return figures;
  }

  private void figure(
      List<DashboardView.Figure> figures,
      String key,
      String metricName,
      Map<String, String> filters,
      LocalDate from,
      LocalDate to) {
    if (!has(metricName)) {
      return;
    }
    Metric metric = catalogue.get(metricName);
    MetricResult result = compute(metric, filters, from, to);
    String value = Rollup.shown(result.value());
    if (!result.names().isEmpty()) {
      value =
          Texts.of(
              "dashboard.withNames",
              value,
              String.join(Texts.of("dashboard.namesSeparator"), result.names()));
    }
    figures.add(
        new DashboardView.Figure(
            key,
            Texts.of("dashboard.figure." + key),
            value,
            Rollup.unitText(metric.unit()),
            MetricLinks.records(metricName, from, to, filters)));
  }

  /** A bar per month of the period, each the metric over that month (within the period). */
  private DashboardView.Chart monthly(
      String key, String metricName, Map<String, String> filters, LocalDate from, LocalDate to) {
    Metric metric = catalogue.get(metricName);
    List<DashboardView.Bar> bars = new ArrayList<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
      LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
      bars.add(
          new DashboardView.Bar(
              Texts.of("dashboard.month." + month.getMonthValue()),
              plain(compute(metric, filters, start, end).value()),
              MetricLinks.records(metricName, start, end, filters)));
    }
    return new DashboardView.Chart(
        key, Texts.of("dashboard.chart." + key), Rollup.unitText(metric.unit()), bars);
  }

  private DashboardView.Chart tiers(LocalDate from, LocalDate to) {
    Metric metric = catalogue.get("publicity.articles");
    List<DashboardView.Bar> bars = new ArrayList<>();
    for (String tier : TIERS) {
      Map<String, String> filters = Map.of("tier", tier);
      bars.add(
          new DashboardView.Bar(
              Texts.of("dashboard.tier." + tier),
              plain(compute(metric, filters, from, to).value()),
              MetricLinks.records(metric.name(), from, to, filters)));
    }
    return new DashboardView.Chart(
        "articles", Texts.of("dashboard.chart.articles"), Rollup.unitText(metric.unit()), bars);
  }

  private MetricResult compute(
      Metric metric, Map<String, String> filters, LocalDate from, LocalDate to) {
    return metric.compute(MetricQuery.inWorkingCommittee(from, to, filters));
  }

  private boolean has(String name) {
    return catalogue.all().stream().anyMatch(m -> m.name().equals(name));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
