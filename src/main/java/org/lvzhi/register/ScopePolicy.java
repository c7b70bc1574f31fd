package org.lvzhi.register;

import org.lvzhi.system.DataScope;

/**
 * Which records of a type a user may see, as SQL on the record's table (alias {@code t}) with the
 * bound parameter {@code :scopeId}. Whole-committee users see everything; any other scope sees
 * nothing unless the type says what it may see: closed by default.
 */
public final class ScopePolicy {

  private String everything = "1 = 1";
  private String ownMember = "1 = 0";
  private String ownUnit = "1 = 0";
  private String ownSpecialCommittee = "1 = 0";

  private ScopePolicy() {}

  /** Only whole-committee users (office, leaders, auditors) see any record. */
  public static ScopePolicy wholeCommitteeOnly() {
    return new ScopePolicy();
  }

  /**
   * Every signed-in user with the view permission sees every record (names of sectors, terms …).
   */
  public static ScopePolicy openToAll() {
    return new ScopePolicy().ownMember("1 = 1").ownUnit("1 = 1").ownSpecialCommittee("1 = 1");
  }

  /**
   * What whole-committee users see, where not every record (a member's proposal still in draft is
   * the member's alone).
   */
  public ScopePolicy everything(String predicate) {
    this.everything = predicate;
    return this;
  }

  public ScopePolicy ownMember(String predicate) {
    this.ownMember = predicate;
    return this;
  }

  public ScopePolicy ownUnit(String predicate) {
    this.ownUnit = predicate;
    return this;
  }

  public ScopePolicy ownSpecialCommittee(String predicate) {
    this.ownSpecialCommittee = predicate;
    return this;
  }

  /** The predicate and the value of {@code :scopeId} for a scope. */
  record Restriction(String predicate, long scopeId, Long committeeId) {

    Restriction(String predicate, long scopeId) {
      this(predicate, scopeId, null);
    }
  }

  Restriction restrict(DataScope scope) {
    if (scope instanceof DataScope.Everything) {
      return new Restriction(everything, 0);
    } else if (scope instanceof DataScope.OwnMember member) {
      return new Restriction(ownMember, member.memberId());
    } else if (scope instanceof DataScope.OwnUnit unit) {
      return new Restriction(ownUnit, unit.unitId());
    } else if (scope instanceof DataScope.OwnSpecialCommittee committee) {
      return new Restriction(ownSpecialCommittee, committee.specialCommitteeId());
    }
    return new Restriction("1 = 0", 0);
  }
}
