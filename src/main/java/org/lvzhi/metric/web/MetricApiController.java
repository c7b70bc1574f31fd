package org.lvzhi.metric.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.metric.MetricCatalogue;
import org.lvzhi.metric.MetricQuery;
import org.lvzhi.metric.MetricResult;
import org.lvzhi.metric.Rollup;
import org.lvzhi.shared.PageResult;
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

  /**
   * A metric's exact value and names, with one page of the records behind it (page from 1) and how
   * many there are in all.
   */
  record MetricAnswer(
      BigDecimal value,
      List<String> names,
      List<MetricResult.Source> sources,
      int page,
      int size,
      long total) {

    static MetricAnswer of(MetricResult result, int page, int size) {
      PageResult<MetricResult.Source> sources = result.sourcesPage(page, size);
      return new MetricAnswer(
          result.value(), result.names(), sources.rows(), page, size, sources.total());
    }
  }

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
      description =
          "from and to are ISO dates (both included); page (from 1, default 1) and size (1 to"
              + " 500, default 50) page the records behind the number, whose total is given; any"
              + " other parameter is a filter. The value is always the whole period's.")
  MetricAnswer compute(
      @PathVariable String name,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int size,
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
    if (page < 1 || size < 1 || size > MetricResult.MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          Map.of(
              page < 1 ? "page" : "size",
              org.lvzhi.system.Texts.of("metric.invalidPage", MetricResult.MAX_PAGE_SIZE)));
    }
    Map<String, String> filters = new HashMap<>(parameters);
    filters.remove("from");
    filters.remove("to");
    filters.remove("page");
    filters.remove("size");
    return MetricAnswer.of(
        catalogue.compute(name, MetricQuery.inWorkingCommittee(from, to, filters)), page, size);
  }
}
