package org.lvzhi.rectification;

import static org.lvzhi.rectification.RectificationStatus.ASSIGNED;
import static org.lvzhi.rectification.RectificationStatus.IN_PROGRESS;
import static org.lvzhi.rectification.RectificationStatus.RAISED;
import static org.lvzhi.rectification.RectificationStatus.REOPENED;
import static org.lvzhi.rectification.RectificationStatus.RESOLVED;
import static org.lvzhi.rectification.RectificationStatus.VERIFIED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * One problem and its rectification, with the moves it may make: RAISED → ASSIGNED (unit and due
 * date) → IN_PROGRESS (the unit acknowledges) → RESOLVED (measures) → VERIFIED, or REOPENED
 * (reason) → IN_PROGRESS again or ASSIGNED to another unit. A problem not yet acknowledged or still
 * in progress may be assigned again (another unit, another due date).
 *
 * <p>Each move checks the status first (refused with {@link IllegalMoveException}, 409), then its
 * input (refused with {@link InvalidInputException}, 400), and returns the status it left so the
 * caller can record it. A refused move changes nothing. The latest date of each step is kept.
 * Refusals are message keys ({@code rectification.move.*}, {@code rectification.input.*}), read in
 * the reader's language. Public for the module's web layer, which reads it; only {@link
 * Rectifications} moves it.
 */
public final class Rectification {

  static final int TITLE_LENGTH = 200;
  static final int TEXT_LENGTH = 2000;
  static final int REASON_LENGTH = 500;
  private static final Set<RectificationStatus> CAN_ASSIGN =
      EnumSet.of(RAISED, ASSIGNED, IN_PROGRESS, REOPENED);
  private static final Set<RectificationStatus> CAN_ACKNOWLEDGE = EnumSet.of(ASSIGNED, REOPENED);

  /** Where the problem was found: a project, a supervision record …, named and linked as raised. */
  public record Source(SourceType type, long id, String label, String path) {}

  private final Long id;
  private final String title;
  private final String description;
  private final Source source;
  private final String raisedBy;
  private final LocalDate raisedOn;
  private RectificationStatus status;
  private Long unitId;
  private LocalDate dueOn;
  private LocalDate assignedOn;
  private LocalDate acknowledgedOn;
  private String measures;
  private LocalDate resolvedOn;
  private LocalDate verifiedOn;
  private LocalDate reopenedOn;
  private String reopenReason;
  private final int version;

  Rectification(
      Long id,
      String title,
      String description,
      Source source,
      String raisedBy,
      LocalDate raisedOn,
      RectificationStatus status,
      Long unitId,
      LocalDate dueOn,
      LocalDate assignedOn,
      LocalDate acknowledgedOn,
      String measures,
      LocalDate resolvedOn,
      LocalDate verifiedOn,
      LocalDate reopenedOn,
      String reopenReason,
      int version) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.source = source;
    this.raisedBy = raisedBy;
    this.raisedOn = raisedOn;
    this.status = status;
    this.unitId = unitId;
    this.dueOn = dueOn;
    this.assignedOn = assignedOn;
    this.acknowledgedOn = acknowledgedOn;
    this.measures = measures;
    this.resolvedOn = resolvedOn;
    this.verifiedOn = verifiedOn;
    this.reopenedOn = reopenedOn;
    this.reopenReason = reopenReason;
    this.version = version;
  }

  /** A problem found on a source record, not yet assigned to anyone. */
  static Rectification raise(
      Source source, String title, String description, String raisedBy, LocalDate today) {
    return raise(source, title, description, raisedBy, null, today);
  }

  /**
   * A problem found on {@code raisedOn} (today where not given; never in the future), as an office
   * entering what happened before it used Lvzhi gives it.
   */
  static Rectification raise(
      Source source,
      String title,
      String description,
      String raisedBy,
      LocalDate raisedOn,
      LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate on = dated(problems, "raisedOn", raisedOn, null, null, today);
    String cleanTitle =
        required(
            problems,
            "title",
            title,
            TITLE_LENGTH,
            "rectification.input.titleMissing",
            "rectification.input.titleTooLong");
    String cleanDescription =
        optional(
            problems,
            "description",
            description,
            TEXT_LENGTH,
            "rectification.input.descriptionTooLong");
    refuseIf(problems);
    return new Rectification(
        null,
        cleanTitle,
        cleanDescription,
        source,
        raisedBy,
        on,
        RAISED,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /**
   * Assigns the problem to a unit with a due date (again, to another unit or another date, before
   * it is resolved).
   */
  RectificationStatus assign(Long unit, LocalDate due, LocalDate today) {
    return assign(unit, due, null, today);
  }

  /** Assigns on {@code on} (today where not given): not before the problem was raised. */
  RectificationStatus assign(Long unit, LocalDate due, LocalDate on, LocalDate today) {
    if (!CAN_ASSIGN.contains(status)) {
      throw new IllegalMoveException(
          status == RESOLVED
              ? "rectification.move.assignResolved"
              : "rectification.move.assignVerified");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    if (unit == null) {
      problems.put("unitId", Texts.of("rectification.input.unitMissing"));
    }
    LocalDate assigned =
        dated(problems, "on", on, raisedOn, "rectification.input.beforeRaised", today);
    if (due == null) {
      problems.put("dueOn", Texts.of("rectification.input.dueMissing"));
    } else if (due.isBefore(assigned)) {
      problems.put("dueOn", Texts.of("rectification.input.dueBeforeAssigned", assigned));
    }
    refuseIf(problems);
    RectificationStatus before = status;
    status = ASSIGNED;
    unitId = unit;
    dueOn = due;
    assignedOn = assigned;
    acknowledgedOn = null;
    return before;
  }

  /** The unit acknowledges the assignment (or the reopened problem) and starts work. */
  RectificationStatus acknowledge(LocalDate today) {
    return acknowledge(null, today);
  }

  /** Acknowledged on {@code on} (today where not given): not before it was assigned. */
  RectificationStatus acknowledge(LocalDate on, LocalDate today) {
    if (!CAN_ACKNOWLEDGE.contains(status)) {
      throw new IllegalMoveException(
          switch (status) {
            case RAISED -> "rectification.move.acknowledgeRaised";
            case IN_PROGRESS -> "rectification.move.acknowledgeInProgress";
            default -> "rectification.move.acknowledgeOther";
          });
    }
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate acknowledged =
        dated(
            problems,
            "on",
            on,
            latest(assignedOn, reopenedOn),
            "rectification.input.beforeAssigned",
            today);
    refuseIf(problems);
    RectificationStatus before = status;
    status = IN_PROGRESS;
    acknowledgedOn = acknowledged;
    return before;
  }

  /** The unit reports the problem resolved, saying what it did. */
  RectificationStatus resolve(String measuresTaken, LocalDate today) {
    return resolve(measuresTaken, null, today);
  }

  /** Resolved on {@code on} (today where not given): not before it was acknowledged. */
  RectificationStatus resolve(String measuresTaken, LocalDate on, LocalDate today) {
    if (status != IN_PROGRESS) {
      throw new IllegalMoveException(
          status == ASSIGNED || status == REOPENED
              ? "rectification.move.resolveUnacknowledged"
              : "rectification.move.resolveOther");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String clean =
        required(
            problems,
            "measures",
            measuresTaken,
            TEXT_LENGTH,
            "rectification.input.measuresMissing",
            "rectification.input.measuresTooLong");
    LocalDate resolved =
        dated(
            problems,
            "on",
            on,
            latest(raisedOn, assignedOn, acknowledgedOn),
            "rectification.input.beforeAcknowledged",
            today);
    refuseIf(problems);
    RectificationStatus before = status;
    status = RESOLVED;
    measures = clean;
    resolvedOn = resolved;
    return before;
  }

  /** The office checks the result and closes the problem (销号). */
  RectificationStatus verify(LocalDate today) {
    return verify(null, today);
  }

  /** Verified on {@code on} (today where not given): not before it was resolved. */
  RectificationStatus verify(LocalDate on, LocalDate today) {
    if (status != RESOLVED) {
      throw new IllegalMoveException(
          status == VERIFIED
              ? "rectification.move.verifyVerified"
              : "rectification.move.verifyOther");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate verified =
        dated(problems, "on", on, resolvedOn, "rectification.input.beforeResolved", today);
    refuseIf(problems);
    status = VERIFIED;
    verifiedOn = verified;
    return RESOLVED;
  }

  /** The office finds the result wanting and sends the problem back, saying why. */
  RectificationStatus reopen(String reason, LocalDate today) {
    return reopen(reason, null, today);
  }

  /** Sent back on {@code on} (today where not given): not before it was resolved. */
  RectificationStatus reopen(String reason, LocalDate on, LocalDate today) {
    if (status != RESOLVED) {
      throw new IllegalMoveException(
          status == VERIFIED
              ? "rectification.move.reopenVerified"
              : "rectification.move.reopenOther");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    String clean =
        required(
            problems,
            "reason",
            reason,
            REASON_LENGTH,
            "rectification.input.reasonMissing",
            "rectification.input.reasonTooLong");
    LocalDate reopened =
        dated(problems, "on", on, resolvedOn, "rectification.input.beforeResolved", today);
    refuseIf(problems);
    status = REOPENED;
    reopenReason = clean;
    reopenedOn = reopened;
    return RESOLVED;
  }

  public boolean mayAssign() {
    return CAN_ASSIGN.contains(status);
  }

  public boolean mayAcknowledge() {
    return CAN_ACKNOWLEDGE.contains(status);
  }

  public boolean mayResolve() {
    return status == IN_PROGRESS;
  }

  /** Verify or reopen: the office's decision on a reported result. */
  public boolean awaitsVerification() {
    return status == RESOLVED;
  }

  /** Overdue: the due date has passed and the unit has not reported it resolved. */
  public boolean overdueOn(LocalDate today) {
    return dueOn != null && dueOn.isBefore(today) && !status.resolved();
  }

  private static String required(
      Map<String, String> problems,
      String field,
      String text,
      int max,
      String missing,
      String tooLong) {
    if (text == null || text.isBlank()) {
      problems.put(field, Texts.of(missing));
      return null;
    }
    return optional(problems, field, text, max, tooLong);
  }

  private static String optional(
      Map<String, String> problems, String field, String text, int max, String tooLong) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      problems.put(field, Texts.of(tooLong, max));
    }
    return trimmed;
  }

  /**
   * The date a move happened: {@code on}, or today where not given; never after today, never before
   * {@code notBefore} (the previous step's date, where there is one).
   */
  private static LocalDate dated(
      Map<String, String> problems,
      String field,
      LocalDate on,
      LocalDate notBefore,
      String tooEarly,
      LocalDate today) {
    LocalDate date = on == null ? today : on;
    if (date.isAfter(today)) {
      problems.put(field, Texts.of("rectification.input.dateInFuture", today));
    } else if (notBefore != null && date.isBefore(notBefore)) {
      problems.put(field, Texts.of(tooEarly, notBefore));
    }
    return date;
  }

  private static LocalDate latest(LocalDate... dates) {
    LocalDate latest = null;
    for (LocalDate date : dates) {
      if (date != null && (latest == null || date.isAfter(latest))) {
        latest = date;
      }
    }
    return latest;
  }

  private static void refuseIf(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Source source() {
    return source;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public LocalDate raisedOn() {
    return raisedOn;
  }

  public RectificationStatus status() {
    return status;
  }

  public Long unitId() {
    return unitId;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate assignedOn() {
    return assignedOn;
  }

  public LocalDate acknowledgedOn() {
    return acknowledgedOn;
  }

  public String measures() {
    return measures;
  }

  public LocalDate resolvedOn() {
    return resolvedOn;
  }

  public LocalDate verifiedOn() {
    return verifiedOn;
  }

  public LocalDate reopenedOn() {
    return reopenedOn;
  }

  public String reopenReason() {
    return reopenReason;
  }

  public int version() {
    return version;
  }
}
