package org.lvzhi.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision figures of a period in the working committee, all from the module's named metrics
 * (so the page, its .xlsx, targets and the report count alike), with the records behind each
 * figure.
 */
@Service
public class SupervisionStatistics {

  /** The figures shown, in order. */
  public static final List<String> FIGURES =
      List.of(
          "supervision.visits",
          "supervision.units",
          "supervision.findings",
          "supervision.rectified-rate",
          "supervision.overdue",
          "supervision.outcomes");

  /** One figure and the records behind it. */
  public record Figure(
      String name,
      String labelKey,
      String unit,
      BigDecimal value,
      List<MetricResult.Source> sources) {

    /** The anchor of its records on the page. */
    public String anchor() {
      return "m-" + name.replace('.', '-');
    }

    public String display() {
      return "%".equals(unit) ? value.setScale(2).toPlainString() + " %" : value.toPlainString();
    }
  }

  /** The period's figures and tables. */
  public record Statistics(
      LocalDate from,
      LocalDate to,
      List<Figure> figures,
      long findings,
      long rectified,
      Map<SupervisionCodes.Category, Long> byCategory,
      Map<SupervisionCodes.Mode, Long> byMode,
      Map<SupervisionCodes.Manner, Long> byManner,
      Map<SupervisionCodes.OutcomeKind, Long> byKind) {

    public Figure figure(String name) {
      return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
  }

  private final MetricCatalogue metrics;

  SupervisionStatistics(MetricCatalogue metrics) {
    this.metrics = metrics;
  }

  /** The period's statistics (400 where {@code to} is before {@code from}). */
  @Transactional(readOnly = true)
  public Statistics of(LocalDate from, LocalDate to) {
    CurrentUser.requirePermission(SupervisionAccess.STATISTICS);
    if (to.isBefore(from)) {
      throw new InvalidInputException(
          Map.of("to", Texts.of("supervision.statistics.toBeforeFrom")));
    }
    List<Figure> figures = new ArrayList<>();
    for (String name : FIGURES) {
      var metric = metrics.get(name);
      MetricResult result = metric.compute(query(from, to, Map.of()));
      figures.add(
          new Figure(name, metric.labelKey(), metric.unit(), result.value(), result.sources()));
    }
    long findings = figures.get(2).value().longValue();
    long rectified = figures.get(3).sources().size();
    return new Statistics(
        from,
        to,
        figures,
        findings,
        rectified,
        count(from, to, "supervision.findings", "category", SupervisionCodes.Category.class),
        count(from, to, "supervision.visits", "mode", SupervisionCodes.Mode.class),
        count(from, to, "supervision.visits", "manner", SupervisionCodes.Manner.class),
        count(from, to, "supervision.outcomes", "kind", SupervisionCodes.OutcomeKind.class));
  }

  /** The statistics as .xlsx: the figures, then each table. */
  public void writeXlsx(Statistics s, Function<String, String> text, OutputStream out)
      throws IOException {
    List<List<?>> rows = new ArrayList<>();
    for (Figure f : s.figures()) {
      rows.add(List.of(text.apply(f.labelKey()), f.value(), f.unit()));
    }
    s.byCategory()
        .forEach(
            (k, v) ->
                rows.add(
                    List.of(
                        text.apply("supervision.statistics.byCategory")
                            + " · "
                            + text.apply("supervisionCategory." + k),
                        v,
                        "")));
    s.byMode()
        .forEach(
            (k, v) ->
                rows.add(
                    List.of(
                        text.apply("supervision.statistics.byMode")
                            + " · "
                            + text.apply("supervisionMode." + k),
                        v,
                        "")));
    s.byManner()
        .forEach(
            (k, v) ->
                rows.add(
                    List.of(
                        text.apply("supervision.statistics.byManner")
                            + " · "
                            + text.apply("supervisionManner." + k),
                        v,
                        "")));
    s.byKind()
        .forEach(
            (k, v) ->
                rows.add(
                    List.of(
                        text.apply("supervision.statistics.byKind")
                            + " · "
                            + text.apply("supervisionOutcome." + k),
                        v,
                        "")));
    new Spreadsheets()
        .writeXlsx(
            out,
            text.apply("supervision.statistics.sheet"),
            List.of(
                text.apply("supervision.statistics.figure"),
                text.apply("supervision.statistics.value"),
                ""),
            rows.stream());
  }

  private <E extends Enum<E>> Map<E, Long> count(
      LocalDate from, LocalDate to, String metric, String filter, Class<E> codes) {
    Map<E, Long> counts = new EnumMap<>(codes);
    for (E code : codes.getEnumConstants()) {
      counts.put(
          code,
          metrics
              .get(metric)
              .compute(query(from, to, Map.of(filter, code.name())))
              .value()
              .longValue());
    }
    return counts;
  }

  private static MetricQuery query(LocalDate from, LocalDate to, Map<String, String> filters) {
    return MetricQuery.inWorkingCommittee(from, to, filters);
  }
}
