package org.lvzhi.target;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with targets: the office defines campaigns, themes and targets; the office and
 * leaders read the progress and export the table (auditors read too); special-committee staff read
 * the targets their committee answers for along with the rest; members and units have no part.
 */
@Component
class TargetAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(Targets.VIEW, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.read(Targets.EXPORT, Role.STAFF, Role.LEADER),
        Permission.write(Targets.EDIT, Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.statistics", "target.progress.title", "/targets", Targets.VIEW, 70),
        new MenuItem(
            "menu.section.statistics",
            "target.campaign.title",
            "/targets/campaign",
            Targets.EDIT,
            71));
  }
}
