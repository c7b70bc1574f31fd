package org.lvzhi.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.lvzhi.publicity.PublicityStatistics;
import org.lvzhi.system.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's articles by tier and month: the page and its Excel file. */
@Controller
class PublicityStatisticsController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final PublicityStatistics statistics;
  private final Clock clock;

  PublicityStatisticsController(PublicityStatistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping("/publicity/statistics")
  String page(@RequestParam(required = false) @Min(1900) @Max(2100) Integer year, Model model) {
    model.addAttribute("table", statistics.of(yearOr(year)));
    return "publicity/statistics";
  }

  @GetMapping("/publicity/statistics.xlsx")
  void excel(
      @RequestParam(required = false) @Min(1900) @Max(2100) Integer year,
      HttpServletResponse response)
      throws IOException {
    PublicityStatistics.Table table = statistics.of(yearOr(year));
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                Texts.of("publicity.statistics.fileName", String.valueOf(table.year())),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    statistics.writeXlsx(table, response.getOutputStream());
  }

  private int yearOr(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() : year;
  }
}
