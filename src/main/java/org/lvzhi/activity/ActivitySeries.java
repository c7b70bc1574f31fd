package org.lvzhi.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring activities ("每周共读一本好书"): an activity repeated weekly until a date becomes a series
 * whose every occurrence is its own activity, with its own code, invitations and attendance.
 */
@Service
public class ActivitySeries {

  static final int MAX_OCCURRENCES = 104;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final Registers registers;
  private final ActivityStore store;
  private final Participations participations;
  private final History history;

  ActivitySeries(
      Registers registers, ActivityStore store, Participations participations, History history) {
    this.registers = registers;
    this.store = store;
    this.participations = participations;
    this.history = history;
  }

  /**
   * Copies the activity to the same weekday and time every week until {@code until}; returns the
   * new activities' ids.
   */
  @Transactional
  public List<Long> repeatWeekly(long activityId, LocalDate until) {
    CurrentUser.requirePermission("activity:edit");
    registers.requireVisible("activities", activityId);
    Activity first = participations.organisable(activityId);
    LocalDate day = first.startsAt().toLocalDate();
    if (until == null || !until.isAfter(day)) {
      throw new InvalidInputException(Map.of("until", Texts.of("series.untilAfterFirst")));
    }
    if (day.plusWeeks(MAX_OCCURRENCES).isBefore(until)) {
      throw new InvalidInputException(Map.of("until", Texts.of("series.tooMany", MAX_OCCURRENCES)));
    }
    long series = store.seriesOf(first);
    List<Long> created = new ArrayList<>();
    for (int week = 1; !day.plusWeeks(week).isAfter(until); week++) {
      Activity occurrence =
          first.occurrence(
              first.startsAt().plusWeeks(week),
              first.endsAt().plusWeeks(week),
              series,
              ActivityStore.newCheckInCode());
      long id = store.insert(occurrence);
      history.record(
          "activity",
          id,
          History.CREATE,
          List.of(
              new Change("activity.title", null, occurrence.title()),
              new Change("activity.startsAt", null, MINUTE.format(occurrence.startsAt()))));
      created.add(id);
    }
    return created;
  }
}
