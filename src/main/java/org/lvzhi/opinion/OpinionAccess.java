package org.lvzhi.opinion;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with opinion reports: a member writes, submits and withdraws their own and sees
 * only those; the office sees all, screens, edits, reviews, compiles and publishes bulletins and
 * records adoptions; leaders read and sign off (office staff too where {@code
 * lvzhi.opinion.staff-signs-off} is set); auditors read; special-committee and unit clerks see
 * none.
 */
@Component
class OpinionAccess implements PermissionCatalogue, MenuContribution {

  static final String STATISTICS = "opinion:statistics";
  private final OpinionProperties properties;

  OpinionAccess(OpinionProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<Permission> permissions() {
    List<Role> signers = new ArrayList<>(List.of(Role.LEADER));
    if (properties.staffSignsOff()) {
      signers.add(Role.STAFF);
    }
    return List.of(
        Permission.read(OpinionReports.VIEW, Role.STAFF, Role.LEADER, Role.MEMBER),
        Permission.read("opinion:export", Role.STAFF, Role.LEADER),
        Permission.read(STATISTICS, Role.STAFF, Role.LEADER),
        Permission.write(OpinionReports.EDIT, Role.STAFF, Role.MEMBER),
        Permission.write("opinion:delete", Role.STAFF, Role.MEMBER),
        Permission.write(OpinionReports.SCREEN, Role.STAFF),
        Permission.write(OpinionReports.SIGN_OFF, signers.toArray(Role[]::new)),
        Permission.write(OpinionReports.ADOPT, Role.STAFF),
        Permission.read(OpinionReports.BULLETIN_VIEW, Role.STAFF, Role.LEADER),
        Permission.read("bulletin:export", Role.STAFF, Role.LEADER),
        Permission.write(OpinionReports.BULLETIN, Role.STAFF),
        Permission.write("bulletin:delete", Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.opinion";
    return List.of(
        new MenuItem(
            section,
            "registry.opinion-reports",
            "/registry/" + OpinionReports.REGISTER,
            OpinionReports.VIEW,
            80),
        new MenuItem(
            section,
            "registry.bulletins",
            "/registry/" + Bulletins.REGISTER,
            OpinionReports.BULLETIN_VIEW,
            81),
        new MenuItem(section, "opinion.statistics.title", "/opinion/statistics", STATISTICS, 82));
  }
}
