package org.lvzhi.supervision;

import java.time.LocalDate;
import org.lvzhi.supervision.SupervisionCodes.Category;
import org.lvzhi.supervision.SupervisionCodes.Origin;

/**
 * A problem found on a visit (or reported by an enterprise during it), the unit responsible for it,
 * and the rectification item it became. Its rectification moves belong to the shared loop (module
 * {@code rectification}); the finding itself does not change once recorded. Written only by {@link
 * FindingStore}.
 */
public record Finding(
    Long id,
    long visitId,
    Category category,
    Origin origin,
    String description,
    LocalDate foundOn,
    long unitId,
    long rectificationId,
    String recordedBy,
    int version) {

  static final int DESCRIPTION_LENGTH = 2000;

  /** The longest title the rectification item takes from the description. */
  static final int TITLE_LENGTH = 60;

  /** What a person gives to record a finding; {@code dueOn} is the item's due date. */
  public record Input(
      String category,
      String origin,
      String description,
      LocalDate foundOn,
      Long unitId,
      LocalDate dueOn) {}

  /**
   * A new finding of the visit (rectification item not yet raised: 0), refused as a whole where
   * incomplete: category, description, a date found not in the future (nor before the visit's), the
   * responsible unit, and a due date not before the date found. The origin defaults to SQUAD.
   */
  static Finding record(
      long visitId, LocalDate visitedOn, Input in, String recordedBy, LocalDate today) {
    Problems problems = new Problems();
    Category category = problems.code("category", Category.class, in.category());
    Origin origin =
        in.origin() == null || in.origin().isBlank()
            ? Origin.SQUAD
            : problems.code("origin", Origin.class, in.origin());
    String description = problems.text("description", in.description(), true, DESCRIPTION_LENGTH);
    LocalDate on = problems.pastDate("foundOn", in.foundOn(), today);
    if (on != null && visitedOn != null && on.isBefore(visitedOn)) {
      problems.add("foundOn", "supervision.finding.beforeVisit");
    }
    if (in.unitId() == null) {
      problems.add("unitId", "supervision.required");
    }
    if (in.dueOn() != null && on != null && in.dueOn().isBefore(on)) {
      problems.add("dueOn", "supervision.finding.dueBeforeFound");
    } else if (in.dueOn() != null && in.dueOn().getYear() > today.getYear() + 10) {
      problems.add("dueOn", "supervision.finding.dueTooLate");
    }
    problems.refuseAny();
    return new Finding(
        null, visitId, category, origin, description, on, in.unitId(), 0, recordedBy, 0);
  }

  /** The rectification item's title: the description's beginning. */
  String itemTitle() {
    String oneLine = description.replaceAll("\\s+", " ");
    return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH) + "…";
  }

  Finding withItem(long item) {
    return new Finding(
        id, visitId, category, origin, description, foundOn, unitId, item, recordedBy, version);
  }
}
