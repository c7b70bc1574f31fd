package org.lvzhi.activity;

import java.time.LocalDate;
import java.util.List;

/** Activity statistics for a period. */
public record StatisticsView(
    LocalDate from,
    LocalDate to,
    long activities,
    long participantTimes,
    List<String> provinces,
    long ledByPartyGroup,
    List<Row> byType,
    List<Row> byMonth) {

  /**
   * One line of a breakdown: its name (a type, or a month's number), activities and
   * participant-times.
   */
  public record Row(String name, long activities, long participantTimes) {}
}
