package org.lvzhi.investment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.lvzhi.investment.InvestmentStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pipeline board (projects by stage) and the year's investment statistics, as pages. */
@Controller
class InvestmentViewsController {

  private final PipelineBoard board;
  private final InvestmentStatistics statistics;
  private final Clock clock;

  InvestmentViewsController(PipelineBoard board, InvestmentStatistics statistics, Clock clock) {
    this.board = board;
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/investment/board")
  String board(@RequestParam Map<String, String> parameters, Model model) {
    model.addAttribute("board", board.of(parameters));
    return "investment/board";
  }

  @GetMapping("/investment/statistics")
  String statistics(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year, Model model) {
    model.addAttribute(
        "statistics", statistics.of(year == null ? LocalDate.now(clock).getYear() : year));
    return "investment/statistics";
  }
}
