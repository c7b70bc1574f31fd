package org.lvzhi.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.register.Registers;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Component;

/** A month of activities the user may see, laid out in weeks from Monday. */
@Component
class ActivityCalendar {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final Registers registers;
  private final ActivityQueries activities;

  ActivityCalendar(Registers registers, ActivityQueries activities) {
    this.registers = registers;
    this.activities = activities;
  }

  CalendarView month(YearMonth month, Map<String, String> filters) {
    Map<String, String> parameters = new LinkedHashMap<>(filters);
    // Every activity that overlaps the month: a trip from the 30th of the month before counts too.
    parameters.put("f_startsAt.to", month.atEndOfMonth().toString());
    parameters.put("f_endsAt.from", month.atDay(1).toString());
    parameters.put("sort", "startsAt");
    parameters.put("dir", "asc");
    parameters.put("size", "200");
    Map<LocalDate, List<CalendarView.Entry>> byDay = new LinkedHashMap<>();
    // the register decides which activities the user may see with these filters; then one query
    // loads them
    for (Activity activity : activities.load(registers.matching("activities", parameters).rows())) {
      LocalDate first = activity.startsAt().toLocalDate();
      LocalDate last = lastDay(activity);
      for (LocalDate on = first; !on.isAfter(last); on = on.plusDays(1)) {
        String when =
            on.equals(first)
                ? TIME.format(activity.startsAt())
                : Texts.of(
                    "calendar.dayOf",
                    String.valueOf(ChronoUnit.DAYS.between(first, on) + 1),
                    String.valueOf(ChronoUnit.DAYS.between(first, last) + 1));
        byDay
            .computeIfAbsent(on, d -> new ArrayList<>())
            .add(new CalendarView.Entry(activity.id(), when, activity.title()));
      }
    }
    List<List<CalendarView.Day>> weeks = new ArrayList<>();
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    while (!day.isAfter(last)) {
      List<CalendarView.Day> week = new ArrayList<>();
      for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
        week.add(
            new CalendarView.Day(
                day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
      }
      weeks.add(week);
    }
    return new CalendarView(month, weeks);
  }

  /** The last day an activity takes up; one that ends at midnight ended the day before. */
  static LocalDate lastDay(Activity activity) {
    LocalDateTime end = activity.endsAt();
    LocalDate last =
        end.toLocalTime().equals(LocalTime.MIDNIGHT)
            ? end.toLocalDate().minusDays(1)
            : end.toLocalDate();
    return last.isBefore(activity.startsAt().toLocalDate())
        ? activity.startsAt().toLocalDate()
        : last;
  }
}
