package org.lvzhi.system;

/**
 * How far the current user's view reaches. Queries apply it in SQL (see the register's scope
 * policy), so a record outside it is neither listed nor found.
 */
public sealed interface DataScope {

  /** Office staff, leaders, auditors, admins: the whole committee. */
  record Everything() implements DataScope {}

  /** A member: only what is theirs. */
  record OwnMember(long memberId) implements DataScope {}

  /** A unit clerk: only what is assigned to the unit. */
  record OwnUnit(long unitId) implements DataScope {}

  /** A special committee's clerk: only that committee's records. */
  record OwnSpecialCommittee(long specialCommitteeId) implements DataScope {}

  /** An account not (yet) bound to what its role needs sees nothing. */
  record Nothing() implements DataScope {}
}
