package org.lvzhi.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.springframework.stereotype.Component;

/** A month of activities the user may see, laid out in weeks from Monday. */
@Component
class ActivityCalendar {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final Registers registers;

  ActivityCalendar(Registers registers) {
    this.registers = registers;
  }

  CalendarView month(YearMonth month, Map<String, String> filters) {
    Map<String, String> parameters = new LinkedHashMap<>(filters);
    parameters.put("f_startsAt.from", month.atDay(1).toString());
    parameters.put("f_startsAt.to", month.atEndOfMonth().toString());
    parameters.put("sort", "startsAt");
    parameters.put("dir", "asc");
    parameters.put("size", "200");
    Map<LocalDate, List<CalendarView.Entry>> byDay = new LinkedHashMap<>();
    for (Map<String, Object> row : registers.search("activities", parameters).rows()) {
      LocalDateTime start = (LocalDateTime) row.get("startsAt");
      byDay.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
          .add(new CalendarView.Entry((Long) row.get("id"), TIME.format(start), (String) row.get("title")));
    }
    List<List<CalendarView.Day>> weeks = new ArrayList<>();
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    while (!day.isAfter(last)) {
      List<CalendarView.Day> week = new ArrayList<>();
      for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
        week.add(new CalendarView.Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
      }
      weeks.add(week);
    }
    return new CalendarView(month, weeks);
  }
}
