package org.lvzhi.investment;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with investment records: the office and the economy committee's clerks keep them;
 * leaders read everything; a shepherding member sees their projects, a responsible unit its own.
 */
@Component
class InvestmentAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(
            "investment:view",
            Role.STAFF,
            Role.LEADER,
            Role.COMMITTEE_STAFF,
            Role.MEMBER,
            Role.UNIT),
        Permission.read("investment:export", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF),
        Permission.read(
            InvestmentStatistics.PERMISSION, Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF),
        Permission.write("investment:edit", Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write("investment:delete", Role.STAFF),
        Permission.write("investment:import", Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write(Projects.MOVE, Role.STAFF, Role.COMMITTEE_STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.investment";
    return java.util.stream.Stream.of(
            new MenuItem(section, "board.title", "/investment/board", "investment:view", 60),
            new MenuItem(
                section,
                "registry.investment-projects",
                "/registry/investment-projects",
                "investment:view",
                61),
            new MenuItem(
                section,
                "istat.title",
                "/investment/statistics",
                InvestmentStatistics.PERMISSION,
                62),
            new MenuItem(
                section,
                "registry.planned-projects",
                "/registry/planned-projects",
                "investment:view",
                63),
            new MenuItem(
                section,
                "registry.project-milestones",
                "/registry/project-milestones",
                "investment:view",
                64),
            new MenuItem(
                section,
                "ledgerImport.title",
                "/investment/ledger-import",
                "investment:import",
                65))
        .map(item -> item.notFor(Role.MEMBER))
        .toList();
  }
}
