package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.system.HomeContribution;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.MenuItem;
import org.springframework.stereotype.Component;

/**
 * What activities put on the home page: leave requests waiting for the user's decision (the chair,
 * a head, the office), invitations the user has not answered, and the user's shortcuts.
 */
@Component
class ActivityHome implements HomeContribution {

  static final String LEAVE_TO_DECIDE = "/activities/leave-requests";
  private static final String SECTION = "menu.section.activity";
  private final PendingLeave pendingLeave;
  private final ParticipationStore participations;
  private final Clock clock;

  ActivityHome(PendingLeave pendingLeave, ParticipationStore participations, Clock clock) {
    this.pendingLeave = pendingLeave;
    this.participations = participations;
    this.clock = clock;
  }

  @Override
  public List<Waiting> waiting(LvzhiUser user) {
    if (!user.can("activity:view")) {
      return List.of();
    }
    List<Waiting> waiting = new ArrayList<>();
    waiting.add(
        new Waiting(
            "activity.leave-to-decide",
            "home.waiting.leaveToDecide",
            pendingLeave.count(user),
            LEAVE_TO_DECIDE,
            false,
            10));
    waiting.add(
        new Waiting(
            "activity.invitations-to-answer",
            "home.waiting.invitationsToAnswer",
            participations.unanswered(user.memberId(), user.accountId(), LocalDateTime.now(clock)),
            "/my/activities",
            false,
            20));
    return waiting;
  }

  @Override
  public List<MenuItem> shortcuts(LvzhiUser user) {
    List<MenuItem> shortcuts = new ArrayList<>();
    if (user.memberId() != null) {
      shortcuts.add(new MenuItem(SECTION, "my.activities", "/my/activities", "activity:view", 10));
      shortcuts.add(
          new MenuItem(SECTION, "participation.checkIn", "/check-in", "activity:view", 11));
      shortcuts.add(
          new MenuItem(
              SECTION, "registry.duty-reports", "/registry/duty-reports", "duty-report:edit", 12));
    }
    shortcuts.add(
        new MenuItem(
            SECTION, "home.shortcut.newActivity", "/registry/activities/new", "activity:edit", 30));
    shortcuts.add(
        new MenuItem(SECTION, "calendar.title", "/activities/calendar", "activity:view", 31));
    return shortcuts;
  }
}
