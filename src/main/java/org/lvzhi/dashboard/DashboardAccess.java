package org.lvzhi.dashboard;

import java.util.List;
import java.util.Optional;
import org.lvzhi.system.HomeContribution;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads the dashboard (the office and leaders; auditors read too), its place in the menu, and
 * that a leader lands on it after signing in, with a shortcut to it on the home page.
 */
@Component
class DashboardAccess implements PermissionCatalogue, MenuContribution, HomeContribution {

  static final String PATH = "/dashboard";

  @Override
  public List<Permission> permissions() {
    return List.of(Permission.read(Dashboard.VIEW, Role.STAFF, Role.LEADER));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem("menu.section.statistics", "dashboard.title", PATH, Dashboard.VIEW, 60));
  }

  @Override
  public List<Waiting> waiting(LvzhiUser user) {
    return List.of();
  }

  @Override
  public Optional<String> landing(LvzhiUser user) {
    return user.role() == Role.LEADER && user.can(Dashboard.VIEW)
        ? Optional.of(PATH)
        : Optional.empty();
  }

  @Override
  public List<MenuItem> shortcuts(LvzhiUser user) {
    return List.of(
        new MenuItem("menu.section.statistics", "dashboard.title", PATH, Dashboard.VIEW, 5));
  }
}
