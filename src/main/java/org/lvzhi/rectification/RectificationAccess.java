package org.lvzhi.rectification;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with problems: the office and special committees raise, assign and reopen; the
 * office verifies; the assigned unit's clerks see their unit's problems and acknowledge and resolve
 * them; leaders (and auditors) read all; members see none.
 */
@Component
class RectificationAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(
            Rectifications.VIEW, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.UNIT),
        Permission.read(
            "rectification:export", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.UNIT),
        Permission.write(Rectifications.EDIT, Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write("rectification:delete", Role.STAFF),
        Permission.write(Rectifications.VERIFY, Role.STAFF),
        Permission.write(Rectifications.HANDLE, Role.UNIT));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.rectification",
            "registry.rectifications",
            "/registry/" + Rectifications.REGISTER,
            Rectifications.VIEW,
            70));
  }
}
