package org.lvzhi.duty;

import java.util.List;

/** A part of the duty record a module contributes as a bean, e.g. activity attendance. */
public interface DutyRecordSection {

  /** Message key of the section's heading. */
  String titleKey();

  /** Where it stands among the sections (smaller first). */
  int order();

  /** The member's lines for the year, in date order. */
  List<DutyLine> lines(long memberId, int year);

  /** A section from its heading, place and the function that finds a member's lines in a year. */
  static DutyRecordSection of(
      String titleKey,
      int order,
      java.util.function.BiFunction<Long, Integer, List<DutyLine>> lines) {
    return new DutyRecordSection() {
      @Override
      public String titleKey() {
        return titleKey;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public List<DutyLine> lines(long memberId, int year) {
        return lines.apply(memberId, year);
      }
    };
  }
}
