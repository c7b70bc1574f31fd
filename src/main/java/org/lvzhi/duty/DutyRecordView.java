package org.lvzhi.duty;

import java.util.List;

/** A member's duty record for a year, as the page and the export show it. */
public record DutyRecordView(
    long memberId,
    String memberName,
    int year,
    List<Integer> years,
    List<Section> sections,
    String base) {

  /** A section with its heading and lines. */
  public record Section(String title, List<DutyLine> lines) {}
}
