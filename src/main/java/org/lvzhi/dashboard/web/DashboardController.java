package org.lvzhi.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.dashboard.Dashboard;
import org.lvzhi.dashboard.DashboardView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The dashboard as a page and through the API, for a year and a period within it. */
@Controller
@Tag(name = "Dashboard", description = "领导驾驶舱 — targets, key figures and monthly bars")
class DashboardController {

  /** A figure as the API gives it, with the address of its records. */
  record DashboardFigure(String key, String label, String value, String unit, String href) {}

  /** A bar of a chart. */
  record DashboardBar(String label, String value, String href) {}

  record DashboardChart(String key, String title, String unit, List<DashboardBar> bars) {}

  record DashboardResponse(
      int year,
      LocalDate from,
      LocalDate to,
      String elapsed,
      List<DashboardFigure> figures,
      List<DashboardChart> charts) {}

  private final Dashboard dashboard;

  DashboardController(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/dashboard")
  String page(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    model.addAttribute("dashboard", dashboard.of(year, from, to));
    return "dashboard/dashboard";
  }

  @GetMapping("/api/v1/dashboard")
  @ResponseBody
  @Operation(
      summary = "The dashboard's figures and bars for a year (and a period within it)",
      description =
          "year defaults to this year; from and to (ISO dates, both included) must lie in it."
              + " Targets' progress is at /api/v1/targets/progress.")
  DashboardResponse api(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    DashboardView view = dashboard.of(year, from, to);
    return new DashboardResponse(
        view.year(),
        view.from(),
        view.to(),
        view.elapsed(),
        view.figures().stream()
            .map(f -> new DashboardFigure(f.key(), f.label(), f.value(), f.unit(), f.href()))
            .toList(),
        view.charts().stream()
            .map(
                c ->
                    new DashboardChart(
                        c.key(),
                        c.title(),
                        c.unit(),
                        c.bars().stream()
                            .map(b -> new DashboardBar(b.label(), b.value(), b.href()))
                            .toList()))
            .toList());
  }
}
