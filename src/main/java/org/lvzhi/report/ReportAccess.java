package org.lvzhi.report;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the progress report: the office generates, edits, saves, settles it and
 * edits its templates (admins hold every permission); leaders read and export it (auditors read);
 * members, special committees and units see none.
 */
@Component
class ReportAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(Reports.VIEW, Role.STAFF, Role.LEADER),
        Permission.read(Reports.EXPORT, Role.STAFF, Role.LEADER),
        Permission.write(Reports.WRITE, Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem("menu.section.statistics", "report.title", "/reports", Reports.VIEW, 85));
  }
}
