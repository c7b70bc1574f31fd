package org.lvzhi.organisation;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the organisation registry, and its menu. The office keeps the registers;
 * leaders and special-committee clerks read them; a member reads their own record, a unit clerk
 * their own unit.
 */
@Component
class OrganisationAccess
    implements PermissionCatalogue, MenuContribution, org.lvzhi.system.PermissionLimit {

  private static final List<String> PREFIXES =
      List.of("committee", "term", "session", "sector", "special-committee", "unit", "member");
  private static final List<String> TYPES =
      List.of(
          "committees", "terms", "sessions", "sectors", "special-committees", "units", "members");

  @Override
  public List<Permission> permissions() {
    List<Permission> permissions = new ArrayList<>();
    for (String prefix : PREFIXES) {
      List<Role> viewers = new ArrayList<>(List.of(Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF));
      if (prefix.equals("member")) {
        viewers.add(Role.MEMBER);
      }
      if (prefix.equals("unit")) {
        viewers.add(Role.UNIT);
      }
      permissions.add(Permission.read(prefix + ":view", viewers.toArray(Role[]::new)));
      permissions.add(
          Permission.read(prefix + ":export", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF));
      permissions.add(Permission.write(prefix + ":edit", Role.STAFF));
      permissions.add(Permission.write(prefix + ":delete", Role.STAFF));
      permissions.add(Permission.write(prefix + ":import", Role.STAFF));
    }
    permissions.add(Permission.read(Committees.VIEW_BELOW, Role.STAFF, Role.LEADER));
    // Administrators hold every permission; this one only the deployment's (see withheld).
    permissions.add(Permission.write(CommitteeSetup.PERMISSION));
    return permissions;
  }

  @Override
  public List<MenuItem> menuItems() {
    List<MenuItem> items = new ArrayList<>();
    for (int i = 0; i < TYPES.size(); i++) {
      // Members first: it is the register people open most.
      int order = TYPES.get(i).equals("members") ? 100 : 101 + i;
      items.add(
          new MenuItem(
              "menu.section.organisation",
              "registry." + TYPES.get(i),
              "/registry/" + TYPES.get(i),
              PREFIXES.get(i) + ":view",
              order));
    }
    items.add(
        new MenuItem(
            "menu.section.system",
            "committee.setupTitle",
            "/admin/committees",
            CommitteeSetup.PERMISSION,
            890));
    return items;
  }

  /** Only the super-administrator adds committees to the deployment (ADR 7). */
  @Override
  public java.util.Set<String> withheld(
      Role role, Long memberId, Long unitId, Long specialCommitteeId) {
    return role == Role.SUPER_ADMIN
        ? java.util.Set.of()
        : java.util.Set.of(CommitteeSetup.PERMISSION);
  }
}
