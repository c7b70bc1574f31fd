package org.lvzhi.opinion;

import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the next person after a move committed (ADR 6): the office's staff when a member submits a
 * report; the authors when the office does not adopt it and when it is published. (Adoptions and
 * instructions are told by {@code output}'s notices.) Written in Chinese, as history is.
 */
@Component
class OpinionNotices {

  private final OpinionStore store;
  private final Accounts accounts;
  private final Notifications notifications;

  OpinionNotices(OpinionStore store, Accounts accounts, Notifications notifications) {
    this.store = store;
    this.accounts = accounts;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(ReportSubmitted event) {
    store
        .find(event.reportId(), OpinionStore.Visible.all())
        .ifPresent(
            report ->
                notifications.notifyAccounts(
                    accounts.officeStaff(store.committeeOf(report.id())),
                    Text.of("opinion.notice.submitted.title", report.title()),
                    Text.of("opinion.notice.submitted.body"),
                    OpinionReports.path(report.id())));
  }

  @ApplicationModuleListener
  void on(ReportNotAdopted event) {
    toAuthors(event.reportId(), "notAdopted");
  }

  @ApplicationModuleListener
  void on(ReportPublished event) {
    toAuthors(event.reportId(), "published");
  }

  private void toAuthors(long reportId, String notice) {
    store
        .find(reportId, OpinionStore.Visible.all())
        .ifPresent(
            report ->
                notifications.notifyMembers(
                    report.authors(),
                    Text.of("opinion.notice." + notice + ".title", report.title()),
                    Text.of(
                        "opinion.notice." + notice + ".body",
                        report.notAdoptedReason() == null ? "" : report.notAdoptedReason()),
                    OpinionReports.path(report.id())));
  }
}
