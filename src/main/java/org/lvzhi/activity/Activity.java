package org.lvzhi.activity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.Texts;

/**
 * An activity: what, when, where and whose, with the rules of its day — when check-in is open, when
 * a check-in is late, and that a closed activity takes no more moves. Its type's category comes
 * with it, since it says who decides leave. Written only by {@link ActivityStore}.
 */
public record Activity(
    Long id,
    String title,
    long typeId,
    ActivityCodes.Category category,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    List<String> provinces,
    String localities,
    ActivityCodes.Organiser organiser,
    Long specialCommitteeId,
    Long leaderId,
    String topic,
    String summary,
    Integer externalCount,
    String externalNote,
    String lecturer,
    String venue,
    BigDecimal hours,
    String book,
    String theme,
    Long seriesId,
    String checkInCode,
    boolean closed,
    boolean cancelled,
    String cancelReason,
    int version) {

  /**
   * Who decides leave, before asking who holds the office (see {@link
   * Participations#leaveDecider}).
   */
  public enum LeaveAuthority {
    CHAIR,
    COMMITTEE_HEAD,
    OFFICE
  }

  /** The longest reason for a cancellation that is kept. */
  public static final int CANCEL_REASON_LENGTH = 500;

  public Activity {
    provinces = provinces == null ? List.of() : List.copyOf(provinces);
  }

  /** When check-in opens: this long before the start. */
  public LocalDateTime checkInOpens(Duration opensBefore) {
    return startsAt.minus(opensBefore);
  }

  /**
   * Whether one may check in at {@code now}: neither closed nor cancelled, from {@link
   * #checkInOpens} to the end.
   */
  public boolean checkInOpen(LocalDateTime now, Duration opensBefore) {
    return !closed
        && !cancelled
        && !now.isBefore(checkInOpens(opensBefore))
        && !now.isAfter(endsAt);
  }

  /** Whether a check-in at {@code now} is late: more than {@code lateAfter} after the start. */
  public boolean lateAt(LocalDateTime now, Duration lateAfter) {
    return now.isAfter(startsAt.plus(lateAfter));
  }

  /** Refuses a check-in with a wrong code, or outside the window. */
  public void requireCheckIn(String code, LocalDateTime now, Duration opensBefore) {
    if (code == null || !code.trim().equals(checkInCode)) {
      throw new IllegalMoveException("participation.wrongCode");
    }
    if (!checkInOpen(now, opensBefore)) {
      DateTimeFormatter when = Texts.pattern("activity.whenPattern");
      throw new IllegalMoveException(
          "participation.outsideWindow",
          when.format(checkInOpens(opensBefore)),
          when.format(endsAt));
    }
  }

  /**
   * Refuses any move once the activity has closed (attendance is then settled) or was cancelled.
   */
  public void requireOpen() {
    if (closed) {
      throw new IllegalMoveException("activity.alreadyClosed");
    }
    if (cancelled) {
      throw new IllegalMoveException("activity.alreadyCancelled");
    }
  }

  /**
   * The activity cancelled, saying why: it stays on record, takes no more moves and is not counted.
   * Refused where it has closed or was cancelled already, or without a reason.
   */
  public Activity cancel(String reason) {
    requireOpen();
    if (reason == null || reason.isBlank()) {
      throw new IllegalMoveException("activity.cancelNeedsReason");
    }
    org.lvzhi.system.InvalidInputException.refuseLongerThan(
        "reason", "activity.cancelReason", reason, CANCEL_REASON_LENGTH);
    return settled(closed, true, reason.strip());
  }

  /** The activity closed; refused where it already is. */
  public Activity close() {
    requireOpen();
    return settled(true, cancelled, cancelReason);
  }

  /** This activity, closed or cancelled as given; every other field as it is. */
  private Activity settled(boolean closed, boolean cancelled, String cancelReason) {
    return new Activity(
        id,
        title,
        typeId,
        category,
        startsAt,
        endsAt,
        provinces,
        localities,
        organiser,
        specialCommitteeId,
        leaderId,
        topic,
        summary,
        externalCount,
        externalNote,
        lecturer,
        venue,
        hours,
        book,
        theme,
        seriesId,
        checkInCode,
        closed,
        cancelled,
        cancelReason,
        version);
  }

  /**
   * The same activity at another time, in a series, not yet stored: a new occurrence with a code of
   * its own.
   */
  public Activity occurrence(LocalDateTime start, LocalDateTime end, long series, String code) {
    return new Activity(
        null,
        title,
        typeId,
        category,
        start,
        end,
        provinces,
        localities,
        organiser,
        specialCommitteeId,
        leaderId,
        topic,
        summary,
        externalCount,
        externalNote,
        lecturer,
        venue,
        hours,
        book,
        theme,
        series,
        code,
        false,
        false,
        null,
        0);
  }

  /**
   * Leave for plenary and standing-committee meetings is the chair's, for a special committee's its
   * head's, else the office's.
   */
  public LeaveAuthority leaveAuthority() {
    if (category != null && category.leaveDecidedByChair()) {
      return LeaveAuthority.CHAIR;
    }
    return organiser == ActivityCodes.Organiser.SPECIAL_COMMITTEE && specialCommitteeId != null
        ? LeaveAuthority.COMMITTEE_HEAD
        : LeaveAuthority.OFFICE;
  }
}
