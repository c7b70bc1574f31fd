package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring activities ("每周共读一本好书"): an activity repeated weekly until a date becomes a series
 * whose every occurrence is its own activity, with its own invitations and attendance.
 */
@Service
class ActivitySeries {

  static final int MAX_OCCURRENCES = 104;
  private final Registers registers;
  private final JdbcClient jdbc;
  private final Clock clock;

  ActivitySeries(Registers registers, JdbcClient jdbc, Clock clock) {
    this.registers = registers;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Copies the activity to the same weekday and time every week until {@code until}; returns the new activities' ids. */
  @Transactional
  List<Long> repeatWeekly(long activityId, LocalDate until) {
    CurrentUser.requirePermission("activity:edit");
    Map<String, Object> first = registers.read("activities", activityId);
    LocalDateTime start = (LocalDateTime) first.get("startsAt");
    LocalDateTime end = (LocalDateTime) first.get("endsAt");
    if (until == null || !until.isAfter(start.toLocalDate())) {
      throw new InvalidInputException(Map.of("until", "重复截止日期须晚于本次活动日期。"));
    }
    if (start.toLocalDate().plusWeeks(MAX_OCCURRENCES).isBefore(until)) {
      throw new InvalidInputException(Map.of("until", "一次最多生成" + MAX_OCCURRENCES + "次活动。"));
    }
    long series = seriesOf(activityId, (String) first.get("title"));
    List<Long> created = new ArrayList<>();
    for (int week = 1; !start.toLocalDate().plusWeeks(week).isAfter(until); week++) {
      long id = registers.copy("activities", activityId,
          Map.of("startsAt", start.plusWeeks(week), "endsAt", end.plusWeeks(week))).id();
      jdbc.sql("update activity set series_id = :series where id = :id").param("series", series).param("id", id)
          .update();
      created.add(id);
    }
    return created;
  }

  private long seriesOf(long activityId, String title) {
    Long existing = jdbc.sql("select series_id from activity where id = :id").param("id", activityId)
        .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional().orElse(null);
    if (existing != null) {
      return existing;
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into activity_series (title, created_at) values (:title, :at)")
        .param("title", title).param("at", OffsetDateTime.now(clock)).update(keys, "id");
    long series = keys.getKeyAs(Number.class).longValue();
    jdbc.sql("update activity set series_id = :series where id = :id").param("series", series)
        .param("id", activityId).update();
    return series;
  }
}
