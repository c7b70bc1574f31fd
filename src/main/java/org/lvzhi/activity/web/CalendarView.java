package org.lvzhi.activity.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A month's calendar: weeks of days, each with its activities. */
public record CalendarView(YearMonth month, List<List<Day>> weeks) {

  /**
   * One day; {@code inMonth} false for the days of neighbouring months that fill the first and last
   * week.
   */
  public record Day(LocalDate date, boolean inMonth, List<Entry> entries) {}

  /** An activity on a day. */
  public record Entry(long id, String time, String title) {}

  public String previous() {
    return month.minusMonths(1).toString();
  }

  public String next() {
    return month.plusMonths(1).toString();
  }

  /** The days that have activities, for the list shown on phones. */
  public List<Day> busyDays() {
    return weeks.stream()
        .flatMap(List::stream)
        .filter(d -> d.inMonth() && !d.entries().isEmpty())
        .toList();
  }
}
