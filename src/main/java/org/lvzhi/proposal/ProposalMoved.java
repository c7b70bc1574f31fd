package org.lvzhi.proposal;

import java.util.List;

/**
 * A proposal moved ({@code move} is the history action, e.g. {@code PROPOSAL_ASSIGN}); {@code
 * unitIds} are the units the move concerns (those assigned, urged, or the one that moved). Its
 * listeners tell whoever must act next and keep the similarity index in step.
 */
public record ProposalMoved(long proposalId, String move, List<Long> unitIds) {

  public ProposalMoved {
    unitIds = List.copyOf(unitIds);
  }
}
