package org.lvzhi.duty;

import java.time.LocalDate;

/**
 * One line of a duty record: when, what, how it stands (present, excused, confirmed …), and which
 * of its section's counts it falls into ({@code tally}, one of {@link DutyRecordSection#tallies()};
 * null where the section counts nothing).
 */
public record DutyLine(LocalDate date, String what, String detail, String standing, String tally) {

  /** A line its section does not count. */
  public DutyLine(LocalDate date, String what, String detail, String standing) {
    this(date, what, detail, standing, null);
  }
}
