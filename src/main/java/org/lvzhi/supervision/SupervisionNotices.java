package org.lvzhi.supervision;

import org.lvzhi.notification.Notifications;
import org.lvzhi.rectification.ProblemResolved;
import org.lvzhi.system.Text;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the squad when a unit reports a problem it found resolved, so that it verifies or reopens
 * it (the unit itself is told by the rectification module when the item is assigned). Runs after
 * the move committed, with no signed-in user; problems of other sources are not the squad's.
 */
@Component
class SupervisionNotices {

  private final FindingStore findings;
  private final VisitStore visits;
  private final SquadAccess squads;
  private final Notifications notifications;

  SupervisionNotices(
      FindingStore findings, VisitStore visits, SquadAccess squads, Notifications notifications) {
    this.findings = findings;
    this.visits = visits;
    this.squads = squads;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(ProblemResolved event) {
    findings
        .ofItem(event.problemId())
        .ifPresent(
            finding ->
                visits
                    .find(finding.visitId())
                    .ifPresent(
                        visit ->
                            notifications.notifyMembers(
                                squads.people(visit.squadId()),
                                Text.of("supervision.notice.resolved.title", visit.title()),
                                Text.of("supervision.notice.resolved.body", finding.itemTitle()),
                                SupervisionVisit.path(visit.id()) + "#finding-" + finding.id())));
  }
}
