package org.lvzhi.metric.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.lvzhi.metric.Metric;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records behind a figure, as a page: every target, dashboard and report figure links here
 * ({@code /metrics/records?metric=activity.count&from=2023-01-01&to=2023-06-30&f.category=…}),
 * showing the exact value and the records a page at a time.
 */
@Controller
class MetricRecordsController {

  static final int PAGE_SIZE = 50;

  private final MetricCatalogue catalogue;

  MetricRecordsController(MetricCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/metrics/records")
  String records(
      @RequestParam String metric,
      @RequestParam String from,
      @RequestParam String to,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam Map<String, String> parameters,
      Model model) {
    CurrentUser.requirePermission(MetricCatalogue.VIEW);
    Metric named = catalogue.get(metric);
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw new InvalidInputException(Map.of("to", Texts.of("metric.endBeforeStart")));
    }
    if (page < 1 || page > 100_000) {
      throw new InvalidInputException(
          Map.of("page", Texts.of("metric.invalidPage", MetricResult.MAX_PAGE_SIZE)));
    }
    Map<String, String> filters = new TreeMap<>();
    parameters.forEach(
        (name, value) -> {
          if (name.startsWith("f.") && value != null && !value.isBlank()) {
            filters.put(name.substring(2), value);
          }
        });
    MetricResult result =
        catalogue.compute(metric, MetricQuery.inWorkingCommittee(start, end, filters));
    model.addAttribute(
        "records",
        new MetricRecordsPage(
            named.name(),
            Texts.of(named.labelKey()),
            named.unit(),
            start,
            end,
            filters,
            result.value(),
            result.names(),
            result.sourcesPage(page, PAGE_SIZE)));
    return "metric/records";
  }

  private static LocalDate date(String field, String text) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (MetricQuery.supports(day)) {
        return day;
      }
    } catch (DateTimeParseException e) {
      // answered below
    }
    throw new InvalidInputException(Map.of(field, Texts.of("metric.rollup.invalidDate")));
  }
}
