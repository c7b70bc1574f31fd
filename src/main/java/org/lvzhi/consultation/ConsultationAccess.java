package org.lvzhi.consultation;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.lvzhi.system.Permission;
import org.lvzhi.system.PermissionCatalogue;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in consultation: the office (and special committees' clerks) record suggestions
 * and send them to departments; a department's clerk sees and answers those sent to it; members see
 * their own suggestions and comment in online consultations, which the office runs and moderates;
 * leaders read all.
 */
@Component
class ConsultationAccess implements PermissionCatalogue, MenuContribution {

  static final String STATISTICS = Suggestions.STATISTICS;

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.read(
            Suggestions.VIEW,
            Role.STAFF,
            Role.COMMITTEE_STAFF,
            Role.LEADER,
            Role.UNIT,
            Role.MEMBER),
        Permission.read(
            "consultation:export", Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.UNIT),
        Permission.read(STATISTICS, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER),
        Permission.write(Suggestions.EDIT, Role.STAFF, Role.COMMITTEE_STAFF),
        Permission.write(Suggestions.ANSWER, Role.UNIT),
        Permission.read(
            OnlineConsultations.VIEW, Role.STAFF, Role.COMMITTEE_STAFF, Role.LEADER, Role.MEMBER),
        Permission.read("online-consultation:export", Role.STAFF, Role.LEADER),
        Permission.write(OnlineConsultations.EDIT, Role.STAFF),
        Permission.write(OnlineConsultations.COMMENT, Role.MEMBER));
  }

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.consultation";
    return List.of(
        new MenuItem(section, "consultation.home", "/consultation", Suggestions.VIEW, 75)
            .notFor(Role.UNIT),
        new MenuItem(
            section,
            "registry.consultation-suggestions",
            "/registry/" + Suggestions.REGISTER,
            Suggestions.VIEW,
            76),
        new MenuItem(
            section,
            "registry.online-consultations",
            "/registry/" + OnlineConsultations.REGISTER,
            OnlineConsultations.VIEW,
            77),
        new MenuItem(
            section, "consultation.statistics", "/consultation/statistics", STATISTICS, 78));
  }
}
