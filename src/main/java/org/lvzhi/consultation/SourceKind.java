package org.lvzhi.consultation;

/** Where a suggestion was made. */
public enum SourceKind {
  /** A consultation meeting: an activity whose type has category CONSULTATION. */
  MEETING,
  /** Any other activity (a study tour, research …). */
  ACTIVITY,
  /** An online consultation. */
  ONLINE;

  /** The kind named, in any case; refused (400) where no such kind exists. */
  static SourceKind parse(String name) {
    for (SourceKind kind : values()) {
      if (kind.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return kind;
      }
    }
    throw new org.lvzhi.system.InvalidInputException(
        java.util.Map.of("sourceKind", org.lvzhi.system.Texts.of("consultation.input.sourceKind")));
  }
}
