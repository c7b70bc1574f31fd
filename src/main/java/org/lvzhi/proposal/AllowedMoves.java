package org.lvzhi.proposal;

import java.util.Objects;
import org.lvzhi.proposal.HandlingCodes.UnitState;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;

/**
 * Which moves a user may make on a proposal now: their role's permission, their part in it (author,
 * co-signer, assigned unit, supervising leader) and its status. Pages show exactly these buttons;
 * the services check the same again.
 */
public record AllowedMoves(
    boolean revise,
    boolean submit,
    boolean withdraw,
    boolean deleteDraft,
    boolean confirm,
    boolean review,
    boolean merge,
    boolean assign,
    boolean settleRequests,
    boolean acknowledge,
    boolean askReturn,
    boolean askExtension,
    boolean contact,
    boolean opinion,
    boolean reply,
    boolean check,
    boolean rate,
    boolean markKey,
    boolean urge,
    boolean talk) {

  public static AllowedMoves of(LvzhiUser user, Proposal p) {
    if (user.onlyViews()) {
      return new AllowedMoves(
          false, false, false, false, false, false, false, false, false, false, false, false, false,
          false, false, false, false, false, false, false);
    }
    ProposalStatus s = p.status();
    boolean office = user.can(Proposals.REVIEW);
    boolean author =
        user.can(Proposals.DRAFT)
            && (user.role() != Role.MEMBER || Objects.equals(user.memberId(), p.leadMemberId()));
    boolean cosigner =
        user.memberId() != null
            && user.can(Proposals.DRAFT)
            && p.cosigners().stream()
                .anyMatch(c -> c.memberId() == user.memberId() && !c.confirmed());
    HandlingUnit unit =
        user.can(Proposals.HANDLE) && user.unitId() != null
            ? p.unit(user.unitId()).orElse(null)
            : null;
    boolean leadUnit = unit != null && unit.lead();
    boolean rater =
        user.can(Proposals.RATE) && (office || Objects.equals(user.memberId(), p.leadMemberId()));
    boolean memberAuthor = author && user.role() == Role.MEMBER;
    return new AllowedMoves(
        memberAuthor && ProposalStatus.AUTHOR_EDITS.contains(s),
        memberAuthor && ProposalStatus.AUTHOR_EDITS.contains(s),
        (memberAuthor || office) && ProposalStatus.WITHDRAWABLE.contains(s),
        memberAuthor && s == ProposalStatus.DRAFT,
        cosigner && s == ProposalStatus.AWAITING_COSIGNERS,
        office && s == ProposalStatus.SUBMITTED,
        office && ProposalStatus.MERGEABLE.contains(s),
        office && ProposalStatus.ASSIGNABLE.contains(s),
        office
            && p.units().stream()
                .anyMatch(u -> u.state() == UnitState.RETURN_REQUESTED || u.extensionRequested()),
        unit != null && s.handling() && unit.state() == UnitState.ASSIGNED,
        unit != null && s.handling() && unit.state() == UnitState.ASSIGNED,
        leadUnit && s == ProposalStatus.IN_PROGRESS && !unit.extensionRequested(),
        leadUnit && s == ProposalStatus.IN_PROGRESS,
        unit != null && !leadUnit && s.handling() && unit.state() == UnitState.ACKNOWLEDGED,
        leadUnit && s == ProposalStatus.IN_PROGRESS && unit.contactedOn() != null,
        office && s == ProposalStatus.REPLIED,
        rater && s == ProposalStatus.AWAITING_FEEDBACK,
        office && s.accepted() && s != ProposalStatus.MERGED,
        user.can(Proposals.URGE)
            && s.handling()
            && (office || Objects.equals(user.memberId(), p.supervisorMemberId())),
        user.can(Proposals.DISCUSS) && s != ProposalStatus.DRAFT);
  }

  public boolean any() {
    return revise
        || submit
        || withdraw
        || deleteDraft
        || confirm
        || review
        || merge
        || assign
        || settleRequests
        || acknowledge
        || askReturn
        || askExtension
        || contact
        || opinion
        || reply
        || check
        || rate
        || markKey
        || urge;
  }
}
