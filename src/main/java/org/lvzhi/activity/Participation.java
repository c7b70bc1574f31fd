package org.lvzhi.activity;

import static org.lvzhi.activity.ParticipationState.CHECKED_IN;
import static org.lvzhi.activity.ParticipationState.EXCUSED;
import static org.lvzhi.activity.ParticipationState.INVITED;
import static org.lvzhi.activity.ParticipationState.LEAVE_APPROVED;
import static org.lvzhi.activity.ParticipationState.LEAVE_REJECTED;
import static org.lvzhi.activity.ParticipationState.LEAVE_REQUESTED;
import static org.lvzhi.activity.ParticipationState.SIGNED_UP;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;

/**
 * One invitee's participation in one activity, and the moves it may make: INVITED → SIGNED_UP |
 * LEAVE_REQUESTED → LEAVE_APPROVED | LEAVE_REJECTED (a sign-up, and a leave request until it is
 * decided, may be withdrawn: back to INVITED) → on the day CHECKED_IN (on time or late) → when the
 * activity closes PRESENT / EXCUSED / ABSENT. Each move returns the state it left so the caller can
 * record it; an illegal move throws and changes nothing.
 */
public final class Participation {

  private static final Set<ParticipationState> CAN_SIGN_UP = EnumSet.of(INVITED, LEAVE_REJECTED);
  private static final Set<ParticipationState> CAN_ASK_LEAVE =
      EnumSet.of(INVITED, SIGNED_UP, LEAVE_REJECTED);
  private static final Set<ParticipationState> CAN_CHECK_IN =
      EnumSet.of(INVITED, SIGNED_UP, LEAVE_REQUESTED, LEAVE_APPROVED, LEAVE_REJECTED);

  private final Long id;
  private final long activityId;
  private final Long memberId;
  private final Long accountId;
  private ParticipationState state;
  private String leaveReason;
  private Boolean leaveCountsAgainst;
  private String leaveDecidedBy;
  private LocalDateTime checkedInAt;
  private boolean late;
  private final int version;

  Participation(
      Long id,
      long activityId,
      Long memberId,
      Long accountId,
      ParticipationState state,
      String leaveReason,
      Boolean leaveCountsAgainst,
      String leaveDecidedBy,
      LocalDateTime checkedInAt,
      boolean late,
      int version) {
    if ((memberId == null) == (accountId == null)) {
      throw new IllegalArgumentException(
          "a participant is a member or a cadre's account, not both");
    }
    this.id = id;
    this.activityId = activityId;
    this.memberId = memberId;
    this.accountId = accountId;
    this.state = state;
    this.leaveReason = leaveReason;
    this.leaveCountsAgainst = leaveCountsAgainst;
    this.leaveDecidedBy = leaveDecidedBy;
    this.checkedInAt = checkedInAt;
    this.late = late;
    this.version = version;
  }

  static Participation inviteMember(long activityId, long memberId) {
    return new Participation(
        null, activityId, memberId, null, INVITED, null, null, null, null, false, 0);
  }

  static Participation inviteCadre(long activityId, long accountId) {
    return new Participation(
        null, activityId, null, accountId, INVITED, null, null, null, null, false, 0);
  }

  ParticipationState signUp() {
    return move(CAN_SIGN_UP, SIGNED_UP, "participation.signUpRefused");
  }

  /** What a leave reason may hold: the size of {@code participation.leave_reason}. */
  static final int REASON_LENGTH = 500;

  ParticipationState requestLeave(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalMoveException("participation.leaveNeedsReason");
    }
    InvalidInputException.refuseLongerThan(
        "reason", "participation.leaveReason", reason, REASON_LENGTH);
    ParticipationState before = move(CAN_ASK_LEAVE, LEAVE_REQUESTED, "participation.leaveRefused");
    this.leaveReason = reason.trim();
    return before;
  }

  ParticipationState decideLeave(boolean approved, boolean countsAgainst, String decidedBy) {
    ParticipationState before =
        move(
            EnumSet.of(LEAVE_REQUESTED),
            approved ? LEAVE_APPROVED : LEAVE_REJECTED,
            "participation.noLeavePending");
    this.leaveCountsAgainst = approved ? countsAgainst : null;
    this.leaveDecidedBy = decidedBy;
    return before;
  }

  /** The member takes back a sign-up: invited again, free to ask leave or sign up later. */
  ParticipationState withdrawSignUp() {
    return move(EnumSet.of(SIGNED_UP), INVITED, "participation.noSignUpToWithdraw");
  }

  /** The member takes back a leave request until it is decided; the reason goes with it. */
  ParticipationState withdrawLeave() {
    if (state == LEAVE_APPROVED || state == LEAVE_REJECTED) {
      throw new IllegalMoveException("participation.leaveAlreadyDecided");
    }
    ParticipationState before =
        move(EnumSet.of(LEAVE_REQUESTED), INVITED, "participation.noLeaveToWithdraw");
    this.leaveReason = null;
    return before;
  }

  ParticipationState checkIn(LocalDateTime at, boolean late) {
    if (state == CHECKED_IN) {
      throw new IllegalMoveException("participation.alreadyCheckedIn");
    }
    ParticipationState before = move(CAN_CHECK_IN, CHECKED_IN, "participation.checkInRefused");
    this.checkedInAt = at;
    this.late = late;
    return before;
  }

  /**
   * When the activity closes: checked in → present, approved leave → excused, anything else →
   * absent.
   */
  ParticipationState close() {
    if (state.isFinal()) {
      throw new IllegalMoveException("participation.alreadyFinal");
    }
    ParticipationState before = state;
    state =
        switch (state) {
          case CHECKED_IN -> ParticipationState.PRESENT;
          case LEAVE_APPROVED -> EXCUSED;
          default -> ParticipationState.ABSENT;
        };
    return before;
  }

  /** Staff correct a closed record (a wrong bulk mark); only between final states. */
  ParticipationState correct(ParticipationState finalState) {
    if (!state.isFinal() || !finalState.isFinal()) {
      throw new IllegalMoveException("participation.correctOnlyClosed");
    }
    ParticipationState before = state;
    state = finalState;
    return before;
  }

  private ParticipationState move(
      Set<ParticipationState> from, ParticipationState to, String refusalKey) {
    if (!from.contains(state)) {
      throw new IllegalMoveException(refusalKey);
    }
    ParticipationState before = state;
    state = to;
    return before;
  }

  /** Whether an unexcused absence or a leave counts against the member's duty record. */
  public boolean countsAgainst() {
    return state == ParticipationState.ABSENT
        || (state == EXCUSED && Boolean.TRUE.equals(leaveCountsAgainst));
  }

  public Long id() {
    return id;
  }

  public long activityId() {
    return activityId;
  }

  public Long memberId() {
    return memberId;
  }

  public Long accountId() {
    return accountId;
  }

  public ParticipationState state() {
    return state;
  }

  public String leaveReason() {
    return leaveReason;
  }

  public Boolean leaveCountsAgainst() {
    return leaveCountsAgainst;
  }

  public String leaveDecidedBy() {
    return leaveDecidedBy;
  }

  public LocalDateTime checkedInAt() {
    return checkedInAt;
  }

  public boolean late() {
    return late;
  }

  public int version() {
    return version;
  }
}
