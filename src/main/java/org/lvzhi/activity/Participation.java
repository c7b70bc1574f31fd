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

/**
 * One invitee's participation in one activity, and the moves it may make:
 * INVITED → SIGNED_UP | LEAVE_REQUESTED → LEAVE_APPROVED | LEAVE_REJECTED → on the day CHECKED_IN
 * (on time or late) → when the activity closes PRESENT / EXCUSED / ABSENT. Each move returns the
 * state it left so the caller can record it; an illegal move throws and changes nothing.
 */
public final class Participation {

  private static final Set<ParticipationState> CAN_SIGN_UP = EnumSet.of(INVITED, LEAVE_REJECTED);
  private static final Set<ParticipationState> CAN_ASK_LEAVE = EnumSet.of(INVITED, SIGNED_UP, LEAVE_REJECTED);
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

  Participation(Long id, long activityId, Long memberId, Long accountId, ParticipationState state, String leaveReason,
      Boolean leaveCountsAgainst, String leaveDecidedBy, LocalDateTime checkedInAt, boolean late, int version) {
    if ((memberId == null) == (accountId == null)) {
      throw new IllegalArgumentException("a participant is a member or a cadre's account, not both");
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
    return new Participation(null, activityId, memberId, null, INVITED, null, null, null, null, false, 0);
  }

  static Participation inviteCadre(long activityId, long accountId) {
    return new Participation(null, activityId, null, accountId, INVITED, null, null, null, null, false, 0);
  }

  ParticipationState signUp() {
    return move(CAN_SIGN_UP, SIGNED_UP, "只有受邀或请假未获批准时才能报名。");
  }

  ParticipationState requestLeave(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalMoveException("请假须写明理由。");
    }
    ParticipationState before = move(CAN_ASK_LEAVE, LEAVE_REQUESTED, "当前状态不能请假。");
    this.leaveReason = reason.trim();
    return before;
  }

  ParticipationState decideLeave(boolean approved, boolean countsAgainst, String decidedBy) {
    ParticipationState before = move(EnumSet.of(LEAVE_REQUESTED), approved ? LEAVE_APPROVED : LEAVE_REJECTED,
        "没有待审批的请假。");
    this.leaveCountsAgainst = approved ? countsAgainst : null;
    this.leaveDecidedBy = decidedBy;
    return before;
  }

  ParticipationState checkIn(LocalDateTime at, boolean late) {
    if (state == CHECKED_IN) {
      throw new IllegalMoveException("已经签到，无需重复签到。");
    }
    ParticipationState before = move(CAN_CHECK_IN, CHECKED_IN, "活动已结束，不能再签到。");
    this.checkedInAt = at;
    this.late = late;
    return before;
  }

  /** When the activity closes: checked in → present, approved leave → excused, anything else → absent. */
  ParticipationState close() {
    if (state.isFinal()) {
      throw new IllegalMoveException("该参加记录已结束。");
    }
    ParticipationState before = state;
    state = switch (state) {
      case CHECKED_IN -> ParticipationState.PRESENT;
      case LEAVE_APPROVED -> EXCUSED;
      default -> ParticipationState.ABSENT;
    };
    return before;
  }

  /** Staff correct a closed record (a wrong bulk mark); only between final states. */
  ParticipationState correct(ParticipationState finalState) {
    if (!state.isFinal() || !finalState.isFinal()) {
      throw new IllegalMoveException("只能在活动结束后更正出席结果。");
    }
    ParticipationState before = state;
    state = finalState;
    return before;
  }

  private ParticipationState move(Set<ParticipationState> from, ParticipationState to, String refusal) {
    if (!from.contains(state)) {
      throw new IllegalMoveException(refusal);
    }
    ParticipationState before = state;
    state = to;
    return before;
  }

  /** Whether an unexcused absence or a leave counts against the member's duty record. */
  boolean countsAgainst() {
    return state == ParticipationState.ABSENT || (state == EXCUSED && Boolean.TRUE.equals(leaveCountsAgainst));
  }

  Long id() {
    return id;
  }

  long activityId() {
    return activityId;
  }

  Long memberId() {
    return memberId;
  }

  Long accountId() {
    return accountId;
  }

  ParticipationState state() {
    return state;
  }

  String leaveReason() {
    return leaveReason;
  }

  Boolean leaveCountsAgainst() {
    return leaveCountsAgainst;
  }

  String leaveDecidedBy() {
    return leaveDecidedBy;
  }

  LocalDateTime checkedInAt() {
    return checkedInAt;
  }

  boolean late() {
    return late;
  }

  int version() {
    return version;
  }
}
