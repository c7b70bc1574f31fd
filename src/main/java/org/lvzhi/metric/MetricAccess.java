package org.lvzhi.metric;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads the metric catalogue: it counts the whole committee's records, so the office and
 * leaders; the same for the roll-up of the committee and those below it (read-only, so auditors
 * too).
 */
@Component
class MetricAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(MetricCatalogue.VIEW, Role.STAFF, Role.LEADER),
        Permission.read(Rollup.PERMISSION, Role.STAFF, Role.LEADER));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.statistics",
            "metric.rollup.title",
            "/metrics/rollup",
            Rollup.PERMISSION,
            80));
  }
}
