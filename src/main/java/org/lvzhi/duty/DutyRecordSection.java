package org.lvzhi.duty;

import java.util.List;
import java.util.function.BiFunction;

/** A part of the duty record a module contributes as a bean, e.g. activity attendance. */
public interface DutyRecordSection {

  /** Message key of the section's heading. */
  String titleKey();

  /** Where it stands among the sections (smaller first). */
  int order();

  /** The member's lines for the year, in date order. */
  List<DutyLine> lines(long memberId, int year);

  /**
   * What the section counts its lines by, in the order shown (e.g. attended, on leave, absent, to
   * come); each is labelled by the message {@code titleKey + "." + tally}. Empty: only the number
   * of lines is shown.
   */
  default List<String> tallies() {
    return List.of();
  }

  /** A section from its heading, place and the function that finds a member's lines in a year. */
  static DutyRecordSection of(
      String titleKey, int order, BiFunction<Long, Integer, List<DutyLine>> lines) {
    return of(titleKey, order, List.of(), lines);
  }

  /** A section whose lines each fall into one of {@code tallies}. */
  static DutyRecordSection of(
      String titleKey,
      int order,
      List<String> tallies,
      BiFunction<Long, Integer, List<DutyLine>> lines) {
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

      @Override
      public List<String> tallies() {
        return tallies;
      }
    };
  }
}
