package org.lvzhi.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.lvzhi.activity.ActivityIcs;
import org.lvzhi.activity.ActivitySeries;
import org.lvzhi.activity.ActivityStatistics;
import org.lvzhi.activity.StatisticsView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activity statistics and .ics through the API. */
@RestController
@Tag(name = "Activities", description = "活动统计与日历 — statistics and calendar")
class ActivityViewsApiController {

  /** Until when to repeat an activity weekly. */
  record Repeat(LocalDate until) {}

  /** The activities a repetition created. */
  record Created(java.util.List<Long> activityIds) {}

  private final ActivityStatistics statistics;
  private final ActivityIcs ics;
  private final ActivitySeries series;

  ActivityViewsApiController(
      ActivityStatistics statistics, ActivityIcs ics, ActivitySeries series) {
    this.statistics = statistics;
    this.ics = ics;
    this.series = series;
  }

  @org.springframework.web.bind.annotation.PostMapping("/api/v1/activities/{id}/repeat")
  @Operation(
      summary =
          "Repeat an activity weekly until a date: each occurrence is its own activity in one series")
  Created repeat(
      @PathVariable long id, @org.springframework.web.bind.annotation.RequestBody Repeat repeat) {
    return new Created(series.repeatWeekly(id, repeat.until()));
  }

  @GetMapping("/api/v1/activities/statistics")
  @Operation(summary = "Activity statistics for a period (default: this year)")
  StatisticsView statistics(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return statistics.ofPeriod(from, to);
  }

  @GetMapping("/api/v1/activities/{id}/ics")
  @Operation(summary = "One activity as iCalendar text")
  ResponseEntity<String> ics(@PathVariable long id) {
    return IcsResponse.of(id, ics.of(id));
  }
}
