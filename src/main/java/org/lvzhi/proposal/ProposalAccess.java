package org.lvzhi.proposal;

import java.util.List;
import org.lvzhi.attachment.AttachmentOwner;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with proposals: members draft, co-sign and rate their own; the office (the
 * proposal office's staff) reviews, assigns, checks and decides on the units' requests; a unit's
 * clerk handles what is assigned to the unit; leaders read everything and urge the key proposals
 * they supervise; special committees' clerks and auditors read. Attachments (the author's material,
 * the unit's signed reply letter) go with the proposal.
 */
@Component
class ProposalAccess implements PermissionCatalogue, MenuContribution, AttachmentOwner {

  static final String STATISTICS = "proposal:statistics";

  private final ProposalStore store;

  ProposalAccess(ProposalStore store) {
    this.store = store;
  }

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(
            Proposals.VIEW, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.MEMBER, Role.UNIT),
        Permission.read("proposal:export", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.read(STATISTICS, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.write(Proposals.DRAFT, Role.STAFF, Role.MEMBER),
        Permission.write(Proposals.REVIEW, Role.STAFF),
        Permission.write(Proposals.HANDLE, Role.UNIT),
        Permission.write(Proposals.RATE, Role.STAFF, Role.MEMBER),
        Permission.write(Proposals.URGE, Role.STAFF, Role.LEADER),
        Permission.write(Proposals.DISCUSS, Role.STAFF, Role.LEADER, Role.MEMBER, Role.UNIT),
        Permission.write("proposal:import", Role.STAFF),
        Permission.read("proposal-ground:view", Role.STAFF),
        Permission.write("proposal-ground:edit", Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.proposal";
    return List.of(
        new MenuItem(section, "proposal.mine", "/proposals/mine", Proposals.DRAFT, 40).forMembers(),
        new MenuItem(section, "registry.proposals", "/registry/proposals", Proposals.VIEW, 41),
        new MenuItem(section, "proposal.new", "/proposals/new", Proposals.DRAFT, 42),
        new MenuItem(section, "proposal.statistics", "/proposals/statistics", STATISTICS, 44),
        new MenuItem(
            section,
            "registry.proposal-grounds",
            "/registry/proposal-grounds",
            "proposal-ground:edit",
            46));
  }

  @Override
  public String ownerType() {
    return ProposalStore.TABLE;
  }

  @Override
  public boolean mayView(long ownerId) {
    return CurrentUser.get()
        .filter(user -> user.can(Proposals.VIEW))
        .flatMap(user -> store.find(ownerId, ProposalStore.Visible.to(user.scope())))
        .isPresent();
  }

  /**
   * The author adds material while the proposal is theirs to edit; the office at any time; the lead
   * unit while it handles the proposal (its signed reply letter).
   */
  @Override
  public boolean mayChange(long ownerId) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null || user.onlyViews()) {
      return false;
    }
    return store
        .find(ownerId, ProposalStore.Visible.to(user.scope()))
        .filter(
            p ->
                user.can(Proposals.REVIEW)
                    || user.can(Proposals.DRAFT)
                        && user.memberId() != null
                        && user.memberId().equals(p.leadMemberId())
                        && ProposalStatus.AUTHOR_EDITS.contains(p.status())
                    || user.can(Proposals.HANDLE)
                        && user.unitId() != null
                        && p.status() == ProposalStatus.IN_PROGRESS
                        && p.leadUnit().map(u -> u.unitId() == user.unitId()).orElse(false))
        .isPresent();
  }
}
