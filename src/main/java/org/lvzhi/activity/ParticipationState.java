package org.lvzhi.activity;

/** Where an invitee stands. The last three are final: the activity has closed. */
public enum ParticipationState {
  INVITED,
  SIGNED_UP,
  LEAVE_REQUESTED,
  LEAVE_APPROVED,
  LEAVE_REJECTED,
  CHECKED_IN,
  PRESENT,
  EXCUSED,
  ABSENT;

  public boolean isFinal() {
    return this == PRESENT || this == EXCUSED || this == ABSENT;
  }
}
