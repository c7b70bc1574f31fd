package org.lvzhi.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.lvzhi.activity.ActivityIcs;
import org.lvzhi.activity.ActivitySeries;
import org.lvzhi.activity.ActivityStatistics;
import org.lvzhi.activity.StatisticsView;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Other views of activities: the month calendar, one activity as .ics, and the statistics. */
@Controller
class ActivityViewsController {

  private final ActivityCalendar calendar;
  private final ActivityIcs ics;
  private final ActivityStatistics statistics;
  private final ActivitySeries series;
  private final org.springframework.context.MessageSource messages;
  private final Clock clock;

  ActivityViewsController(
      ActivityCalendar calendar,
      ActivityIcs ics,
      ActivityStatistics statistics,
      ActivitySeries series,
      org.springframework.context.MessageSource messages,
      Clock clock) {
    this.calendar = calendar;
    this.ics = ics;
    this.statistics = statistics;
    this.series = series;
    this.messages = messages;
    this.clock = clock;
  }

  @PostMapping("/activities/{id}/repeat")
  String repeat(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate until,
      RedirectAttributes redirect) {
    try {
      int count = series.repeatWeekly(id, until).size();
      Flash.notice(
          redirect,
          messages.getMessage(
              "series.created",
              new Object[] {count},
              org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    } catch (InvalidInputException e) {
      Flash.warning(redirect, e.summary());
    }
    return "redirect:/registry/activities/" + id;
  }

  @GetMapping("/activities/calendar")
  String calendar(
      @RequestParam(required = false) String month,
      @RequestParam Map<String, String> parameters,
      Model model) {
    CurrentUser.requirePermission("activity:view");
    YearMonth chosen;
    try {
      chosen = month == null ? YearMonth.now(clock) : YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      chosen = YearMonth.now(clock);
    }
    Map<String, String> filters = new java.util.HashMap<>(parameters);
    filters
        .keySet()
        .removeIf(
            name ->
                !name.startsWith("f_")
                    || name.startsWith("f_startsAt")
                    || name.startsWith("f_endsAt"));
    model.addAttribute("calendar", calendar.month(chosen, filters));
    return "activity/calendar";
  }

  @GetMapping("/activities/{id}.ics")
  ResponseEntity<String> ics(@PathVariable long id) {
    return IcsResponse.of(id, ics.of(id));
  }

  @GetMapping("/activities/statistics")
  String statistics(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model) {
    model.addAttribute("statistics", statisticsOf(from, to));
    return "activity/statistics";
  }

  private StatisticsView statisticsOf(LocalDate from, LocalDate to) {
    return statistics.ofPeriod(from, to);
  }
}
