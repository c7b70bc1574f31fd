package org.lvzhi.publicity;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with publicity: the office keeps the outlets; the office and the special
 * committees record articles, and a member records their own (the data scope keeps them to those
 * they wrote); leaders read everything and the statistics; a unit has no part in it.
 */
@Component
class PublicityAccess implements PermissionCatalogue, MenuContribution {

  static final String STATISTICS = "publicity:statistics";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read("outlet:view", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.MEMBER),
        Permission.read("outlet:export", Role.STAFF, Role.LEADER),
        Permission.write("outlet:edit", Role.STAFF),
        Permission.write("outlet:delete", Role.STAFF),
        Permission.write("outlet:import", Role.STAFF),
        Permission.read(
            "publicity:view", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.MEMBER),
        Permission.read("publicity:export", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.read(STATISTICS, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.write("publicity:edit", Role.STAFF, Role.COMMITTEE_STAFF, Role.MEMBER),
        Permission.write("publicity:delete", Role.STAFF, Role.MEMBER),
        Permission.write("publicity:import", Role.STAFF, Role.COMMITTEE_STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.publicity";
    return List.of(
        new MenuItem(
            section,
            "registry.publicity-articles",
            "/registry/" + PublicityRegisters.ARTICLES,
            "publicity:view",
            80),
        new MenuItem(
            section, "publicity.statistics.title", "/publicity/statistics", STATISTICS, 81),
        new MenuItem(
                section,
                "registry.publicity-outlets",
                "/registry/" + PublicityRegisters.OUTLETS,
                "outlet:view",
                82)
            .notFor(Role.MEMBER));
  }
}
