package org.lvzhi.rectification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next on a problem, after the move committed (ADR 6): the assigned unit's
 * clerks when it is assigned or sent back, and for information when it is closed; the one who
 * raised it and the office's staff when the unit reports it resolved. Runs in its own transaction
 * with no signed-in user; a failure here leaves the move done and the notice is retried. Notices
 * are written in Chinese, the committee's working language, as history is.
 */
@Component
class ProblemNotices {

  private final RectificationStore store;
  private final Accounts accounts;
  private final Notifications notifications;

  ProblemNotices(RectificationStore store, Accounts accounts, Notifications notifications) {
    this.store = store;
    this.accounts = accounts;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(ProblemAssigned event) {
    problem(event.problemId())
        .ifPresent(
            problem -> notify(accounts.ofUnit(event.unitId()), "assigned", problem, event.dueOn()));
  }

  @ApplicationModuleListener
  void on(ProblemReopened event) {
    problem(event.problemId())
        .ifPresent(
            problem ->
                notify(
                    accounts.ofUnit(event.unitId()), "reopened", problem, problem.reopenReason()));
  }

  @ApplicationModuleListener
  void on(ProblemVerified event) {
    problem(event.problemId())
        .ifPresent(problem -> notify(accounts.ofUnit(event.unitId()), "verified", problem));
  }

  @ApplicationModuleListener
  void on(ProblemResolved event) {
    problem(event.problemId())
        .ifPresent(
            problem -> {
              List<Long> recipients = new ArrayList<>();
              accounts.withUsername(problem.raisedBy()).ifPresent(recipients::add);
              recipients.addAll(accounts.officeStaff(store.committeeOf(problem.id())));
              notify(recipients, "resolved", problem);
            });
  }

  private Optional<Rectification> problem(long id) {
    return store.find(id, RectificationStore.Visible.to(new DataScope.Everything()));
  }

  private void notify(
      Collection<Long> recipients, String notice, Rectification problem, Object... bodyArgs) {
    notifications.notifyAccounts(
        recipients,
        Text.of("rectification.notice." + notice + ".title", problem.title()),
        Text.of("rectification.notice." + notice + ".body", bodyArgs),
        Rectifications.path(problem.id()));
  }
}
