package org.lvzhi.activity;

import java.util.List;

/** The fixed code lists of activities; labels are messages. */
public final class ActivityCodes {

  private ActivityCodes() {}

  /** What an activity type counts as in statistics. */
  public enum Category {
    PLENARY,
    STANDING_COMMITTEE,
    CHAIRS_MEETING,
    CONSULTATION,
    STUDY_TOUR,
    RESEARCH,
    INSPECTION,
    INVESTMENT_OUTBOUND,
    INVESTMENT_RECEPTION,
    ENTERPRISE_TALK,
    SUPERVISION,
    TRAINING,
    READING,
    OTHER;

    /** Leave for plenary and standing-committee meetings is the chair's to decide. */
    public boolean leaveDecidedByChair() {
      return this == PLENARY || this == STANDING_COMMITTEE;
    }
  }

  /** Who organises an activity, and so records it (谁组织谁记录). */
  public enum Organiser {
    OFFICE,
    SPECIAL_COMMITTEE,
    LEADERSHIP
  }

  /** China's 34 province-level divisions, by GB/T 2260 abbreviation. */
  public static final List<String> PROVINCES =
      List.of(
          "BJ", "TJ", "HE", "SX", "NM", "LN", "JL", "HL", "SH", "JS", "ZJ", "AH", "FJ", "JX", "SD",
          "HA", "HB", "HN", "GD", "GX", "HI", "CQ", "SC", "GZ", "YN", "XZ", "SN", "GS", "QH", "NX",
          "XJ", "TW", "HK", "MO");
}
