package org.lvzhi.target;

import java.time.LocalDate;
import java.util.List;

/**
 * The year's targets and how they stand on a day, grouped by theme in the campaign's order. {@code
 * month} is set where the table shows a month's end; {@code snapshot} tells whether those figures
 * were kept when the month ended (and so read the same after later edits) or computed now.
 */
public record ProgressTable(
    int year,
    Campaign campaign,
    LocalDate asOf,
    Integer month,
    boolean snapshot,
    List<Group> groups) {

  /** A theme's targets (theme null: targets outside any theme). */
  public record Group(String theme, List<ProgressRow> rows) {}

  public List<ProgressRow> rows() {
    return groups.stream().flatMap(g -> g.rows().stream()).toList();
  }
}
