package org.lvzhi.proposal;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal stands (DESIGN.md's proposal workflow). */
public enum ProposalStatus {
  /** Being written by its author; nobody else sees it. */
  DRAFT,
  /** Submitted by the lead author; waits until every co-signer has confirmed. */
  AWAITING_COSIGNERS,
  /** Counts as submitted; waits for the office's review. */
  SUBMITTED,
  /** Sent back to its author for revision. */
  RETURNED,
  /** Accepted (立案) and numbered; waits to be assigned. */
  ACCEPTED,
  /** Not accepted as a proposal (不予立案); forwarded as a suggestion. */
  REJECTED_AS_SUGGESTION,
  /** Merged into another proposal (并案), which it follows. */
  MERGED,
  /** Withdrawn by its author (撤案). */
  WITHDRAWN,
  /** Assigned (交办) to units; waits for the lead unit to acknowledge. */
  ASSIGNED,
  /** Being handled by the lead unit. */
  IN_PROGRESS,
  /** The lead unit replied; waits for the office's check. */
  REPLIED,
  /** The reply passed; waits for the proposer's rating. */
  AWAITING_FEEDBACK,
  /** Rated and closed (办结). */
  CLOSED;

  static final Set<ProposalStatus> AUTHOR_EDITS = EnumSet.of(DRAFT, RETURNED);
  static final Set<ProposalStatus> WITHDRAWABLE =
      EnumSet.of(AWAITING_COSIGNERS, SUBMITTED, RETURNED);
  static final Set<ProposalStatus> MERGEABLE = EnumSet.of(SUBMITTED, ACCEPTED);
  static final Set<ProposalStatus> SURVIVES_MERGE =
      EnumSet.of(SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS);
  static final Set<ProposalStatus> ASSIGNABLE = EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS);
  static final Set<ProposalStatus> HANDLING = EnumSet.of(ASSIGNED, IN_PROGRESS);

  /** Accepted and numbered: counted as a proposal (立案), whatever happened after. */
  public boolean accepted() {
    return this.compareTo(ASSIGNED) >= 0 || this == ACCEPTED;
  }

  /** With its units, not yet replied: the due date applies. */
  public boolean handling() {
    return HANDLING.contains(this);
  }

  /** No move can follow (a closed proposal can still be marked key or talked about). */
  public boolean finished() {
    return this == CLOSED || this == REJECTED_AS_SUGGESTION || this == MERGED || this == WITHDRAWN;
  }
}
