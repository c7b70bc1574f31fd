package org.lvzhi.notification;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/** Everyone who signs in reads their own notifications. */
@Component
class NotificationAccess implements PermissionCatalogue, MenuContribution {

  static final String VIEW = "notification:view";

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.read(VIEW, Role.values()));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem("menu.section.notification", "notification.title", "/notifications", VIEW, 1));
  }
}
