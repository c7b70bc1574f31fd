package org.lvzhi.investment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline board and the year's statistics through the API. */
@RestController
@Tag(name = "Investment")
class InvestmentViewsApiController {

  private final InvestmentViewsController views;

  InvestmentViewsApiController(InvestmentViewsController views) {
    this.views = views;
  }

  @GetMapping("/api/v1/investment/board")
  @Operation(summary = "Projects by stage, with this year's flag where shepherded; takes the list's q and f_ filters")
  InvestmentViews.Board board(@RequestParam Map<String, String> parameters) {
    return views.board(parameters);
  }

  @GetMapping("/api/v1/investment/statistics")
  @Operation(summary = "The year's investment figures and shepherded projects (default: this year)")
  InvestmentViews.Statistics statistics(@RequestParam(required = false) Integer year) {
    return views.statisticsOf(year);
  }
}
