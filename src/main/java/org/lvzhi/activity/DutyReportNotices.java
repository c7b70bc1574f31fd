package org.lvzhi.activity;

import java.util.List;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who must act on a duty report: the office when one is submitted, the member when it is decided.
 */
@Component
class DutyReportNotices {

  private static final String LINK = "/registry/duty-reports/";
  private final Notifications notifications;
  private final DutyReportStore reports;
  private final Accounts accounts;
  private final Members members;

  DutyReportNotices(
      Notifications notifications, DutyReportStore reports, Accounts accounts, Members members) {
    this.notifications = notifications;
    this.reports = reports;
    this.accounts = accounts;
    this.members = members;
  }

  @ApplicationModuleListener
  void on(DutyReportSubmitted submitted) {
    reports
        .find(submitted.reportId())
        .ifPresent(
            report -> {
              String member =
                  members.names(List.of(report.memberId())).getOrDefault(report.memberId(), "");
              notifications.notifyAccounts(
                  accounts.officeStaff(reports.committeeOf(report.id())),
                  Text.of("notice.dutySubmitted.title", member),
                  Text.of(
                      "notice.dutySubmitted.body",
                      report.occurredOn().toString(),
                      report.content()),
                  LINK + report.id());
            });
  }

  @ApplicationModuleListener
  void on(DutyReportDecided decided) {
    reports
        .find(decided.reportId())
        .ifPresent(
            report ->
                notifications.notifyMembers(
                    List.of(report.memberId()),
                    Text.of(
                        decided.confirmed()
                            ? "notice.dutyConfirmed.title"
                            : "notice.dutyRejected.title"),
                    Text.of("notice.dutyDecided.body", report.occurredOn(), report.content()),
                    LINK + report.id()));
  }
}
