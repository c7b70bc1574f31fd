package org.lvzhi.output;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with outputs: the office keeps them all and records adoptions; a member sees and
 * enters their own; leaders and auditors read.
 */
@Component
class OutputAccess implements PermissionCatalogue, MenuContribution {

  static final String VIEW = "output:view";
  static final String ADOPT = "output:adopt";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(VIEW, Role.STAFF, Role.LEADER, Role.MEMBER),
        Permission.read("output:export", Role.STAFF, Role.LEADER),
        Permission.write("output:edit", Role.STAFF, Role.MEMBER),
        Permission.write("output:delete", Role.STAFF, Role.MEMBER),
        Permission.write("output:import", Role.STAFF),
        Permission.write(ADOPT, Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.opinion",
            "registry.outputs",
            "/registry/" + OutputRegisters.REGISTER,
            VIEW,
            83));
  }
}
