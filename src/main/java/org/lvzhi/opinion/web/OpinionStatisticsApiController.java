package org.lvzhi.opinion.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.opinion.OpinionStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The year's statistics of opinion reports through the API. */
@RestController
class OpinionStatisticsApiController {

  private final OpinionStatistics statistics;
  private final Clock clock;

  OpinionStatisticsApiController(OpinionStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/api/v1/opinion/statistics")
  @Operation(
      summary =
          "Reports submitted in the year by status, and the year's adoptions and instructions by level (default: this year)")
  OpinionStatistics.Statistics statistics(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year) {
    return statistics.of(year == null ? LocalDate.now(clock).getYear() : year);
  }
}
