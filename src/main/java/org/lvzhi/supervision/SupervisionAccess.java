package org.lvzhi.supervision;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in supervision: the office and special committees' clerks keep the plan and the
 * squads and record for any squad; leaders and members record for the squads they lead or serve on
 * (which {@link SquadAccess} checks record by record); leaders, the office and special committees
 * read the statistics. Units' clerks see only the rectification items assigned to their unit (and
 * their evidence), through the rectification module.
 */
@Component
class SupervisionAccess implements PermissionCatalogue, MenuContribution {

  static final String VIEW = "supervision:view";
  static final String EXPORT = "supervision:export";
  static final String EDIT = "supervision:edit";
  static final String RECORD = "supervision:record";
  static final String STATISTICS = "supervision:statistics";

  @Override
  public List<Permission> permissions() {
    Role[] readers = {Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.MEMBER};
    Role[] office = {Role.STAFF, Role.COMMITTEE_STAFF};
    Role[] exporters = {Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER};
    return List.of(
        Permission.read(VIEW, readers),
        Permission.read(EXPORT, exporters),
        Permission.write(EDIT, office),
        Permission.write(RECORD, readers),
        Permission.read(STATISTICS, exporters),
        Permission.read("supervision-plan:view", readers),
        Permission.read("supervision-plan:export", exporters),
        Permission.write("supervision-plan:edit", office),
        Permission.write("supervision-plan:import", office),
        Permission.write("supervision-plan:delete", Role.STAFF),
        Permission.read("supervision-squad:view", readers),
        Permission.read("supervision-squad:export", exporters),
        Permission.write("supervision-squad:edit", office),
        Permission.write("supervision-squad:import", office),
        Permission.write("supervision-squad:delete", Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.supervision";
    return List.of(
        new MenuItem(section, "supervision.home", "/supervision", VIEW, 80),
        new MenuItem(section, "supervision.visit.new", "/supervision/visits/new", RECORD, 81)
            .notFor(Role.AUDITOR),
        new MenuItem(
            section, "registry.supervision-visits", "/registry/supervision-visits", VIEW, 82),
        new MenuItem(
            section, "registry.supervision-findings", "/registry/supervision-findings", VIEW, 83),
        new MenuItem(
            section, "registry.supervision-outcomes", "/registry/supervision-outcomes", VIEW, 84),
        new MenuItem(
            section,
            "registry.supervision-plans",
            "/registry/supervision-plans",
            "supervision-plan:view",
            85),
        new MenuItem(
            section,
            "registry.supervision-squads",
            "/registry/supervision-squads",
            "supervision-squad:view",
            86),
        new MenuItem(section, "supervision.statistics", "/supervision/statistics", STATISTICS, 87));
  }
}
