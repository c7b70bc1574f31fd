package org.lvzhi.consultation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lvzhi.consultation.Suggestions;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.spreadsheet.Spreadsheets;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/**
 * The consultation figures of a period (this year where none is given), computed by the module's
 * metrics so the page, its workbook and a target all count the same, each linked to the list of its
 * records.
 */
@Component
class ConsultationStatistics {

  static final List<String> METRICS =
      List.of(
          "consultation.meetings",
          "consultation.suggestions",
          "consultation.adopted",
          "consultation.implementing",
          "consultation.not-adopted",
          "consultation.adoption-rate",
          "consultation.online",
          "consultation.comments");
  private static final Map<String, String> STATUS =
      Map.of(
          "consultation.adopted", "ADOPTED",
          "consultation.implementing", "IMPLEMENTING",
          "consultation.not-adopted", "NOT_ADOPTED",
          "consultation.adoption-rate", "ADOPTED");
  private final MetricCatalogue catalogue;
  private final Spreadsheets spreadsheets;
  private final Clock clock;

  ConsultationStatistics(MetricCatalogue catalogue, Spreadsheets spreadsheets, Clock clock) {
    this.catalogue = catalogue;
    this.spreadsheets = spreadsheets;
    this.clock = clock;
  }

  StatisticsView of(LocalDate from, LocalDate to) {
    CurrentUser.requirePermission(Suggestions.STATISTICS);
    LocalDate today = LocalDate.now(clock);
    LocalDate start = from == null ? today.withDayOfYear(1) : from;
    LocalDate end = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
    if (end.isBefore(start)) {
      throw new InvalidInputException(Map.of("to", Texts.of("consultation.input.periodOrder")));
    }
    MetricQuery query = MetricQuery.inWorkingCommittee(start, end, Map.of());
    String list =
        "/registry/" + Suggestions.REGISTER + "?f_madeOn.from=" + start + "&f_madeOn.to=" + end;
    List<StatisticsView.Figure> figures =
        METRICS.stream()
            .map(
                name -> {
                  MetricResult result = catalogue.compute(name, query);
                  String value = shown(result.value(), name.endsWith("rate"));
                  String href =
                      name.startsWith("consultation.meetings")
                              || name.startsWith("consultation.online")
                              || name.startsWith("consultation.comments")
                          ? null
                          : STATUS.containsKey(name)
                              ? list + "&f_status=" + STATUS.get(name)
                              : list;
                  return new StatisticsView.Figure(
                      name, "metric." + name, value, href, result.sources());
                })
            .toList();
    return new StatisticsView(start, end, figures);
  }

  void export(StatisticsView view, OutputStream out) throws IOException {
    spreadsheets.writeXlsx(
        out,
        Texts.of("consultation.statistics"),
        List.of(Texts.of("consultation.stats.figure"), Texts.of("consultation.stats.value")),
        view.figures().stream().map(f -> Arrays.<Object>asList(Texts.of(f.labelKey()), f.value())));
  }

  private static String shown(BigDecimal value, boolean percent) {
    return percent ? value.toPlainString() + "%" : value.stripTrailingZeros().toPlainString();
  }
}
