package org.lvzhi.duty;

import java.util.List;

/**
 * A member's duty record for a year, as the page, the print view, the export and the API show it.
 */
public record DutyRecordView(
    long memberId,
    String memberName,
    int year,
    List<Integer> years,
    List<Section> sections,
    String base) {

  /**
   * A section with its heading, its counts (each line falls into at most one; empty where the
   * section counts nothing) and its lines.
   */
  public record Section(String title, List<Count> counts, List<DutyLine> lines) {}

  /** How many of a section's lines fall into one tally, e.g. "attended" 3, labelled "出席". */
  public record Count(String tally, String label, long count) {}
}
