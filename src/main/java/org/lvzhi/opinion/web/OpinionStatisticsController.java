package org.lvzhi.opinion.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.opinion.OpinionStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's statistics of opinion reports, as a page. */
@Controller
class OpinionStatisticsController {

  private final OpinionStatistics statistics;
  private final Clock clock;

  OpinionStatisticsController(OpinionStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/opinion/statistics")
  String page(@RequestParam(required = false) @Min(1900) @Max(2100) Integer year, Model model) {
    model.addAttribute(
        "statistics", statistics.of(year == null ? LocalDate.now(clock).getYear() : year));
    return "opinion/statistics";
  }
}
