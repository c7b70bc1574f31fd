package org.lvzhi.investment;

import java.util.List;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who answer for a project — its shepherds (their member accounts) and the
 * responsible unit's accounts — that it was signed, suspended or resumed. Runs after the move
 * commits, in its own transaction and with no signed-in user; notices keep message keys, the stage
 * and the amount as such, so that each reader reads them in their own language.
 */
@Component
class ProjectNotices {

  private final ProjectStore store;
  private final Notifications notifications;
  private final Accounts accounts;

  ProjectNotices(ProjectStore store, Notifications notifications, Accounts accounts) {
    this.store = store;
    this.notifications = notifications;
    this.accounts = accounts;
  }

  @ApplicationModuleListener
  void on(ProjectSigned event) {
    notify(
        event.projectId(),
        "project.notice.signed",
        event.on(),
        Text.amount(new org.lvzhi.shared.Amount(new java.math.BigDecimal(event.countedAmount()))));
  }

  @ApplicationModuleListener
  void on(ProjectSuspended event) {
    notify(event.projectId(), "project.notice.suspended", event.on(), event.reason());
  }

  @ApplicationModuleListener
  void on(ProjectResumed event) {
    notify(
        event.projectId(),
        "project.notice.resumed",
        event.on(),
        Text.key("stage." + event.stage().name()));
  }

  private void notify(long projectId, String key, Object on, String detail) {
    store
        .find(projectId)
        .ifPresent(
            project -> {
              Text title = Text.of(key + ".title", project.name());
              Text body = Text.of(key + ".body", project.name(), on.toString(), detail);
              String link = "/registry/" + Projects.REGISTER + "/" + projectId;
              notifications.notifyMembers(project.facts().shepherds(), title, body, link);
              Long unit = project.facts().responsibleUnitId();
              notifications.notifyAccounts(
                  unit == null ? List.of() : accounts.ofUnit(unit), title, body, link);
            });
  }
}
