package org.lvzhi.investment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.lvzhi.investment.InvestmentStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline board and the year's statistics through the API. */
@RestController
@Tag(name = "Investment")
class InvestmentViewsApiController {

  private final PipelineBoard board;
  private final InvestmentStatistics statistics;
  private final Clock clock;

  InvestmentViewsApiController(PipelineBoard board, InvestmentStatistics statistics, Clock clock) {
    this.board = board;
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/api/v1/investment/board")
  @Operation(
      summary =
          "Projects by stage, with this year's flag where shepherded; takes the list's q and f_ filters")
  InvestmentViews.Board board(@RequestParam Map<String, String> parameters) {
    return board.of(parameters);
  }

  @GetMapping("/api/v1/investment/statistics")
  @Operation(summary = "The year's investment figures and shepherded projects (default: this year)")
  InvestmentStatistics.Statistics statistics(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year) {
    return statistics.of(year == null ? LocalDate.now(clock).getYear() : year);
  }
}
