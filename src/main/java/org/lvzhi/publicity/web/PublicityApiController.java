package org.lvzhi.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.publicity.PublicityStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year's articles by tier and month through the API; outlets and articles themselves are
 * registers ({@code /api/v1/publicity-outlets}, {@code /api/v1/publicity-articles}).
 */
@RestController
@Tag(name = "Publicity", description = "上稿统计 — articles by tier and month")
class PublicityApiController {

  private final PublicityStatistics statistics;
  private final Clock clock;

  PublicityApiController(PublicityStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/api/v1/publicity/statistics")
  @Operation(
      summary = "The year's articles by outlet tier and month, with totals (default: this year)")
  PublicityStatistics.Table statistics(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year) {
    return statistics.of(year == null ? LocalDate.now(clock).getYear() : year);
  }
}
