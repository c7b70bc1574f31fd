package org.lvzhi.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.lvzhi.supervision.Supervision;
import org.lvzhi.supervision.SupervisionStatistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics page of a period (this year by default) and its .xlsx. */
@Controller
class StatisticsPages {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SupervisionStatistics statistics;
  private final Supervision supervision;
  private final SupervisionViews views;

  StatisticsPages(
      SupervisionStatistics statistics, Supervision supervision, SupervisionViews views) {
    this.statistics = statistics;
    this.supervision = supervision;
    this.views = views;
  }

  @GetMapping("/supervision/statistics")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    model.addAttribute("statistics", of(from, to));
    return "supervision/statistics";
  }

  @GetMapping("/supervision/statistics.xlsx")
  void xlsx(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response)
      throws IOException {
    SupervisionStatistics.Statistics s = of(from, to);
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                views.text("supervision.statistics.sheet")
                    + " "
                    + s.from()
                    + "_"
                    + s.to()
                    + ".xlsx",
                StandardCharsets.UTF_8)
            .build()
            .toString());
    statistics.writeXlsx(s, views::text, response.getOutputStream());
  }

  SupervisionStatistics.Statistics of(String from, String to) {
    LocalDate today = supervision.today();
    LocalDate start = Dates.parse("from", from);
    LocalDate end = Dates.parse("to", to);
    return statistics.of(
        start == null ? today.withDayOfYear(1) : start,
        end == null ? today.withMonth(12).withDayOfMonth(31) : end);
  }
}
