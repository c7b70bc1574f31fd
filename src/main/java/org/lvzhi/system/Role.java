package org.lvzhi.system;

/** The kinds of account. What each may do is given by the permissions modules grant to it. */
public enum Role {
  /**
   * Runs the deployment: every permission in every committee, and the only role that may write in a
   * committee other than its own account's (ADR 7). Creates committees and their first accounts.
   */
  SUPER_ADMIN,
  /** Runs one committee's system: every permission, within its committee. */
  ADMIN,
  /** Office staff (机关工作人员): keeps the registers. */
  STAFF,
  /** Staff of one special committee (专委会): its own records. */
  COMMITTEE_STAFF,
  /** Chair, vice-chairs, 党组成员, secretary-general. */
  LEADER,
  /** A committee member (委员), bound to a member record. */
  MEMBER,
  /** A clerk of a handling unit (承办单位), bound to a unit. */
  UNIT,
  /** Reads everything, changes nothing. */
  AUDITOR;

  /** Whether the role holds every permission: a committee's administrator or the deployment's. */
  public boolean administers() {
    return this == ADMIN || this == SUPER_ADMIN;
  }
}
