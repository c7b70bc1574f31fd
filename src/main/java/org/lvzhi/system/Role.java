package org.lvzhi.system;

/** The kinds of account. What each may do is given by the permissions modules grant to it. */
public enum Role {
  /** Runs the system: every permission. */
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
  AUDITOR
}
