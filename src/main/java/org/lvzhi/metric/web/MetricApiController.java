package org.lvzhi.metric.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.metric.Rollup;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metric catalogue through the API: what can be counted, and a count for a period and filters.
 */
@RestController
@Tag(name = "Metrics", description = "指标目录 — named metrics with the records behind each number")
class MetricApiController {

  private static final String VIEW = MetricCatalogue.VIEW;

  /** A metric as the API describes it. */
  record Description(String name, String labelKey, String unit, List<String> filters) {}

  private final MetricCatalogue catalogue;
  private final Rollup rollup;

  MetricApiController(MetricCatalogue catalogue, Rollup rollup) {
    this.catalogue = catalogue;
    this.rollup = rollup;
  }

  @GetMapping("/api/v1/metrics")
  @Operation(summary = "Every metric modules contribute")
  List<Description> all() {
    CurrentUser.requirePermission(VIEW);
    return catalogue.all().stream()
        .map(m -> new Description(m.name(), m.labelKey(), m.unit(), m.filters()))
        .toList();
  }

  @GetMapping("/api/v1/metrics/rollup")
  @Operation(
      summary = "Roll-up: every metric for the working committee and each committee below it",
      description =
          "指标汇总。from and to are ISO dates (both included; default: this calendar year). Each"
              + " committee's value is computed on its own records; total is the sum of the"
              + " committees' values, the number of distinct names for a metric that counts"
              + " distinct things (provinces), and null for a rate (unit %). Needs metric:rollup;"
              + " 400 when to is before from.")
  Rollup.Table rollup(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    CurrentUser.requirePermission(Rollup.PERMISSION);
    return rollup.of(rollup.period(from, to));
  }

  @GetMapping("/api/v1/metrics/{name}")
  @Operation(
      summary = "Compute a metric",
      description = "from and to are ISO dates (both included); any other parameter is a filter")
  MetricResult compute(
      @PathVariable String name,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam Map<String, String> parameters) {
    CurrentUser.requirePermission(VIEW);
    if (!MetricQuery.supports(from) || !MetricQuery.supports(to)) {
      throw new InvalidInputException(
          Map.of(
              MetricQuery.supports(from) ? "to" : "from",
              org.lvzhi.system.Texts.of("metric.rollup.invalidDate")));
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException(
          Map.of("to", org.lvzhi.system.Texts.of("metric.endBeforeStart")));
    }
    Map<String, String> filters = new HashMap<>(parameters);
    filters.remove("from");
    filters.remove("to");
    return catalogue.compute(name, MetricQuery.inWorkingCommittee(from, to, filters));
  }
}
