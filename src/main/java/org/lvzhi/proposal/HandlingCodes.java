package org.lvzhi.proposal;

/** The closed lists of a proposal's handling. */
public final class HandlingCodes {

  private HandlingCodes() {}

  /** Where one assigned unit stands. */
  public enum UnitState {
    /** Assigned; not yet acknowledged. */
    ASSIGNED,
    /** Acknowledged (签收): handling it. */
    ACKNOWLEDGED,
    /** The unit holds it is not its matter and asks the office to assign it elsewhere (申退). */
    RETURN_REQUESTED
  }

  /** The lead unit's resolution grade of its reply. */
  public enum ReplyGrade {
    /** Solved or basically solved. */
    A,
    /** Being solved, or planned. */
    B,
    /** Cannot be solved now; kept for reference. */
    C
  }

  /** How the unit contacted the proposer before replying (办前沟通). */
  public enum ContactManner {
    MEETING,
    FORUM,
    PHONE,
    VISIT,
    OTHER
  }

  /** The proposer's rating of the unit's attitude and of the result. */
  public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED
  }
}
