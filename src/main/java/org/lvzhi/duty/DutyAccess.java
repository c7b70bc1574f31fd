package org.lvzhi.duty;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/** Who may read duty records: the office and leaders anyone's, a member their own. */
@Component
public class DutyAccess implements PermissionCatalogue, MenuContribution {

  public static final String VIEW_ANY = "duty-record:view";

  /** A member's own record: only accounts bound to a member have one. */
  public static final String OWN = "duty-record:own";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(VIEW_ANY, Role.STAFF, Role.LEADER), Permission.read(OWN, Role.MEMBER));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem("menu.section.activity", "duty.mine", "/my/duty-record", OWN, 48)
            .forMembers());
  }
}
