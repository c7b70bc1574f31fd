package org.lvzhi.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The year's investment figures, read from the metric catalogue, and the shepherded projects with
 * their completion and flags; together the numbers of the seed article's first pillar.
 */
@Component
public class InvestmentStatistics {

  /**
   * Investment statistics for a year: the figures by label, the shepherded projects, their total.
   */
  public record Statistics(
      int year, Map<String, String> figures, List<ShepherdedLine> shepherded, String combined) {}

  /** A shepherded project's line in the statistics. */
  public record ShepherdedLine(
      long id,
      String name,
      String shepherds,
      String target,
      String completed,
      String completion,
      String flag,
      String flagLabel) {}

  public static final String PERMISSION = "investment:statistics";
  private static final List<String> FIGURES =
      List.of(
          "investment.leads",
          "investment.landed",
          "investment.in-planning",
          "investment.signed-count",
          "investment.signed-amount",
          "investment.landed-amount",
          "investment.shepherded-completed",
          "investment.shepherded-target",
          "investment.start-rate",
          "investment.capital-arrival-rate",
          "investment.planned-projects",
          "investment.planned-investment");
  private final MetricCatalogue metrics;
  private final ShepherdingReads shepherding;
  private final MessageSource messages;

  InvestmentStatistics(
      MetricCatalogue metrics, ShepherdingReads shepherding, MessageSource messages) {
    this.metrics = metrics;
    this.shepherding = shepherding;
    this.messages = messages;
  }

  public Statistics of(int year) {
    CurrentUser.requirePermission(PERMISSION);
    MetricQuery query =
        MetricQuery.inWorkingCommittee(
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Map.of());
    Map<String, String> figures = new LinkedHashMap<>();
    for (String name : FIGURES) {
      var metric = metrics.get(name);
      MetricResult result = metric.compute(query);
      figures.put(text(metric.labelKey()), shown(result.value(), metric.unit()));
    }
    List<ShepherdingReads.Standing> standings = shepherding.standings(query.committeeId(), year);
    List<ShepherdedLine> lines =
        standings.stream()
            .map(
                s ->
                    new ShepherdedLine(
                        s.projectId(),
                        s.name(),
                        s.shepherds(),
                        s.target() == null ? "" : s.target().display(),
                        s.completed().display(),
                        s.completion().map(Percent::display).orElse(""),
                        s.flag().name(),
                        text("rag." + s.flag().name())))
            .toList();
    Amount completed =
        standings.stream()
            .map(ShepherdingReads.Standing::completed)
            .reduce(Amount.ZERO, Amount::plus);
    Amount target =
        standings.stream()
            .map(ShepherdingReads.Standing::target)
            .filter(t -> t != null)
            .reduce(Amount.ZERO, Amount::plus);
    Optional<Percent> combined = Percent.of(completed, target);
    return new Statistics(
        year,
        figures,
        lines,
        completed.display()
            + " / "
            + target.display()
            + combined.map(p -> " = " + p.display()).orElse(""));
  }

  private String shown(BigDecimal value, String unit) {
    if (unit.equals("万元")) {
      return Amount.ofWan(value.toPlainString()).display();
    }
    if (unit.equals("%")) {
      return new Percent(value).display();
    }
    return value.stripTrailingZeros().toPlainString() + " " + text("metric.unit." + unit);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
