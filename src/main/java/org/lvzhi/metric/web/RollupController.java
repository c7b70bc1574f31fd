package org.lvzhi.metric.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.lvzhi.metric.Rollup;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roll-up of the working committee and the committees below it: the page and its Excel file.
 */
@Controller
class RollupController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private final Rollup rollup;

  RollupController(Rollup rollup) {
    this.rollup = rollup;
  }

  /** The page; a period it cannot use is shown with the reason, never as an error page. */
  @GetMapping("/metrics/rollup")
  String page(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    CurrentUser.requirePermission(Rollup.PERMISSION);
    String typedFrom = from == null ? "" : from.strip();
    String typedTo = to == null ? "" : to.strip();
    RollupPage page;
    try {
      Rollup.Period period = rollup.period(date(typedFrom), date(typedTo));
      page =
          new RollupPage(period.from().toString(), period.to().toString(), null, rollup.of(period));
    } catch (DateTimeParseException e) {
      page = new RollupPage(typedFrom, typedTo, Texts.of("metric.rollup.invalidDate"), null);
    } catch (InvalidInputException e) {
      page = new RollupPage(typedFrom, typedTo, e.summary(), null);
    }
    model.addAttribute("rollup", page);
    return "metric/rollup";
  }

  @GetMapping("/metrics/rollup.xlsx")
  void excel(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    CurrentUser.requirePermission(Rollup.PERMISSION);
    Rollup.Table table = rollup.of(rollup.period(from, to));
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(
                Texts.of(
                    "metric.rollup.fileName",
                    table.period().from().toString(),
                    table.period().to().toString()),
                StandardCharsets.UTF_8)
            .build()
            .toString());
    rollup.writeXlsx(table, response.getOutputStream());
  }

  private static LocalDate date(String typed) {
    return typed.isEmpty() ? null : LocalDate.parse(typed);
  }
}
