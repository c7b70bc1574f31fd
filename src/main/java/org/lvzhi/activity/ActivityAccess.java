package org.lvzhi.activity;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with activities: the office and special committees record the activities they
 * organise (谁组织谁记录); leaders read them all; members see the ones they are invited to.
 */
@Component
class ActivityAccess implements PermissionCatalogue, MenuContribution {

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(
            "activity:view", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF, Role.MEMBER),
        Permission.read("activity:export", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF),
        Permission.write("activity:edit", Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write("activity:delete", Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write("activity:import", Role.STAFF),
        Permission.read(ActivityStatistics.PERMISSION, Role.STAFF, Role.LEADER),
        Permission.read(
            "duty-report:view", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF, Role.MEMBER),
        Permission.read("duty-report:export", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF),
        Permission.write("duty-report:edit", Role.STAFF, Role.MEMBER),
        Permission.write("duty-report:delete", Role.STAFF),
        Permission.write("duty-report:confirm", Role.STAFF),
        Permission.read("activity-type:view", Role.STAFF, Role.LEADER, Role.COMMITTEE_STAFF),
        Permission.read("activity-type:export", Role.STAFF),
        Permission.write("activity-type:edit", Role.STAFF),
        Permission.write("activity-type:delete", Role.STAFF),
        Permission.write("activity-type:import", Role.STAFF));
  }

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
                "menu.section.activity", "my.activities", "/my/activities", "activity:view", 49)
            .forMembers(),
        new MenuItem(
            "menu.section.activity",
            "registry.activities",
            "/registry/activities",
            "activity:view",
            50),
        new MenuItem(
            "menu.section.activity", "calendar.title", "/activities/calendar", "activity:view", 51),
        new MenuItem(
            "menu.section.activity",
            "statistics.title",
            "/activities/statistics",
            ActivityStatistics.PERMISSION,
            52),
        new MenuItem(
                "menu.section.activity", "participation.checkIn", "/check-in", "activity:view", 54)
            .forMembers(),
        new MenuItem(
            "menu.section.activity",
            "attendanceImport.title",
            "/activities/attendance-import",
            "activity:import",
            58),
        new MenuItem(
            "menu.section.activity",
            "registry.activity-outcomes",
            "/registry/activity-outcomes",
            "activity:edit",
            53),
        new MenuItem(
            "menu.section.activity",
            "registry.duty-reports",
            "/registry/duty-reports",
            "duty-report:view",
            55),
        new MenuItem(
            "menu.section.activity",
            "registry.activity-types",
            "/registry/activity-types",
            "activity-type:view",
            59));
  }
}
