package org.lvzhi.supervision;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.supervision.SupervisionCodes.Manner;
import org.lvzhi.supervision.SupervisionCodes.Mode;

/**
 * A squad's supervision visit: the activity it is (kept by the activity module), the squad, how it
 * was scheduled and carried out, the plan it belongs to, and the units or enterprises visited.
 * Written only by {@link VisitStore}; made only through {@link #record}, which checks it whole.
 */
public record SupervisionVisit(
    Long id,
    long activityId,
    long squadId,
    Long planId,
    String title,
    LocalDate visitedOn,
    Mode mode,
    Manner manner,
    String summary,
    List<Long> unitIds,
    String recordedBy,
    int version) {

  static final int TITLE_LENGTH = 200;
  static final int SUMMARY_LENGTH = 2000;
  static final int MOST_UNITS = 50;

  public SupervisionVisit {
    unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
  }

  /** What a person gives to record a visit. */
  public record Input(
      Long squadId,
      Long planId,
      String title,
      LocalDate visitedOn,
      String mode,
      String manner,
      List<Long> unitIds,
      String summary) {}

  /**
   * A new visit (activity id not yet known: 0) from the input, refused as a whole (400, every
   * field's problem) where it is incomplete: squad, title, a date not in the future, mode, manner
   * and at least one unit visited.
   */
  static SupervisionVisit record(Input in, String recordedBy, LocalDate today) {
    Problems problems = new Problems();
    if (in.squadId() == null) {
      problems.add("squadId", "supervision.required");
    }
    String title = problems.text("title", in.title(), true, TITLE_LENGTH);
    LocalDate on = problems.pastDate("visitedOn", in.visitedOn(), today);
    Mode mode = problems.code("mode", Mode.class, in.mode());
    Manner manner = problems.code("manner", Manner.class, in.manner());
    List<Long> units =
        in.unitIds() == null
            ? List.of()
            : in.unitIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
    if (units.isEmpty()) {
      problems.add("unitIds", "supervision.visit.unitsRequired");
    } else if (units.size() > MOST_UNITS) {
      problems.add("unitIds", "supervision.visit.tooManyUnits", MOST_UNITS);
    }
    String summary = problems.text("summary", in.summary(), false, SUMMARY_LENGTH);
    problems.refuseAny();
    return new SupervisionVisit(
        null, 0, in.squadId(), in.planId(), title, on, mode, manner, summary, units, recordedBy, 0);
  }

  SupervisionVisit withActivity(long activity) {
    return new SupervisionVisit(
        id,
        activity,
        squadId,
        planId,
        title,
        visitedOn,
        mode,
        manner,
        summary,
        unitIds,
        recordedBy,
        version);
  }

  public static String path(long id) {
    return "/supervision/visits/" + id;
  }
}
