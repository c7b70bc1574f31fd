package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.account.Accounts;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.SystemActor;
import org.lvzhi.system.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom activities tell what, and who must act next: invitees of their invitation, whoever decides
 * leave of a request, the member of the decision, and the day before, everyone still expected. Each
 * notice follows a move that has committed (ADR 6); texts are message keys.
 */
@Component
class ActivityNotices {

  private static final Logger log = LoggerFactory.getLogger(ActivityNotices.class);
  private final Notifications notifications;
  private final ActivityStore activities;
  private final ParticipationStore participations;
  private final LeaveDeciders deciders;
  private final Accounts accounts;
  private final org.lvzhi.organisation.Members members;
  private final SystemActor system;
  private final Clock clock;

  ActivityNotices(
      Notifications notifications,
      ActivityStore activities,
      ParticipationStore participations,
      LeaveDeciders deciders,
      Accounts accounts,
      org.lvzhi.organisation.Members members,
      SystemActor system,
      Clock clock) {
    this.notifications = notifications;
    this.activities = activities;
    this.participations = participations;
    this.deciders = deciders;
    this.accounts = accounts;
    this.members = members;
    this.system = system;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ParticipantsInvited invited) {
    activities
        .find(invited.activityId())
        .ifPresent(
            activity -> {
              Text title = Text.of("notice.invited.title", activity.title());
              Text body = Text.of("notice.invited.body", when(activity), activity.title());
              notifications.notifyMembers(invited.memberIds(), title, body, link(activity.id()));
              notifications.notifyAccounts(invited.accountIds(), title, body, link(activity.id()));
            });
  }

  /**
   * Leave asked: the one who decides it (the chair, the committee's head, or else the office's
   * staff) must act.
   */
  @ApplicationModuleListener
  void on(LeaveRequested requested) {
    Activity activity = activities.find(requested.activityId()).orElse(null);
    Participation participation = participations.find(requested.participationId()).orElse(null);
    if (activity == null || participation == null) {
      return;
    }
    String who = participantName(participation.id());
    Text title = Text.of("notice.leaveRequested.title", activity.title());
    Text body = Text.of("notice.leaveRequested.body", who, participation.leaveReason());
    notifyDecider(activity, title, body);
  }

  /** A leave request taken back: whoever would have decided it need not. */
  @ApplicationModuleListener
  void on(LeaveWithdrawn withdrawn) {
    activities
        .find(withdrawn.activityId())
        .ifPresent(
            activity ->
                notifyDecider(
                    activity,
                    Text.of("notice.leaveWithdrawn.title", activity.title()),
                    Text.of(
                        "notice.leaveWithdrawn.body",
                        participantName(withdrawn.participationId()))));
  }

  /** Cancelled: everyone invited is told why. */
  @ApplicationModuleListener
  void on(ActivityCancelled cancelled) {
    activities
        .find(cancelled.activityId())
        .ifPresent(
            activity ->
                notifyParticipants(
                    participations.ofActivity(activity.id()),
                    Text.of("notice.cancelled.title", activity.title()),
                    Text.of("notice.cancelled.body", when(activity), cancelled.reason()),
                    activity.id()));
  }

  /** Moved in time or place: everyone still expected is told when and where it is now. */
  @ApplicationModuleListener
  void on(ActivityRescheduled rescheduled) {
    activities
        .find(rescheduled.activityId())
        .filter(activity -> !activity.closed() && !activity.cancelled())
        .ifPresent(
            activity ->
                notifyParticipants(
                    participations.ofActivity(activity.id()).stream()
                        .filter(p -> !p.state().isFinal())
                        .toList(),
                    Text.of("notice.rescheduled.title", activity.title()),
                    Text.of("notice.rescheduled.body", when(activity), place(activity)),
                    activity.id()));
  }

  private void notifyDecider(Activity activity, Text title, Text body) {
    LeaveDeciders.Decider decider = deciders.of(activity);
    if (decider.office()) {
      notifications.notifyAccounts(
          accounts.officeStaff(activities.committeeOf(activity.id())),
          title,
          body,
          link(activity.id()));
    } else {
      notifications.notifyMembers(List.of(decider.memberId()), title, body, link(activity.id()));
    }
  }

  private String participantName(long participationId) {
    Participation participation = participations.find(participationId).orElse(null);
    if (participation == null) {
      return "";
    }
    return participation.memberId() != null
        ? members
            .names(List.of(participation.memberId()))
            .getOrDefault(participation.memberId(), "")
        : accounts
            .displayNames(List.of(participation.accountId()))
            .getOrDefault(participation.accountId(), "");
  }

  private void notifyParticipants(
      List<Participation> recipients, Text title, Text body, long activityId) {
    notifications.notifyMembers(
        recipients.stream().filter(p -> p.memberId() != null).map(Participation::memberId).toList(),
        title,
        body,
        link(activityId));
    notifications.notifyAccounts(
        recipients.stream()
            .filter(p -> p.accountId() != null)
            .map(Participation::accountId)
            .toList(),
        title,
        body,
        link(activityId));
  }

  /** Where it takes place, as the activity names it: venue, localities, else provinces. */
  private static String place(Activity activity) {
    List<String> parts = new java.util.ArrayList<>();
    if (activity.venue() != null && !activity.venue().isBlank()) {
      parts.add(activity.venue());
    }
    if (activity.localities() != null && !activity.localities().isBlank()) {
      parts.add(activity.localities());
    }
    if (parts.isEmpty() && !activity.provinces().isEmpty()) {
      return Text.keys(activity.provinces().stream().map(code -> "province." + code).toList());
    }
    return parts.isEmpty() ? "—" : String.join(" · ", parts);
  }

  @ApplicationModuleListener
  void on(LeaveDecided decided) {
    Activity activity = activities.find(decided.activityId()).orElse(null);
    Participation participation = participations.find(decided.participationId()).orElse(null);
    if (activity == null || participation == null) {
      return;
    }
    Text title =
        Text.of(
            decided.approved() ? "notice.leaveApproved.title" : "notice.leaveRejected.title",
            activity.title());
    Text body =
        Text.of(decided.approved() ? "notice.leaveApproved.body" : "notice.leaveRejected.body");
    if (participation.memberId() != null) {
      notifications.notifyMembers(
          List.of(participation.memberId()), title, body, link(activity.id()));
    } else {
      notifications.notifyAccounts(
          List.of(participation.accountId()), title, body, link(activity.id()));
    }
  }

  /**
   * Every morning at seven: tomorrow's activities remind everyone invited and not on approved
   * leave.
   */
  @Scheduled(cron = "${lvzhi.activity.reminder-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
  void remindTomorrow() {
    system.run(() -> remind(LocalDate.now(clock).plusDays(1)));
  }

  /**
   * Reminds the invitees of the day's activities once; returns how many activities were reminded.
   */
  @Transactional
  int remind(LocalDate day) {
    List<Long> due = activities.dueForReminder(day);
    for (Activity activity : activities.all(due)) {
      List<Participation> expected =
          participations.ofActivity(activity.id()).stream()
              .filter(
                  p ->
                      p.state() == ParticipationState.INVITED
                          || p.state() == ParticipationState.SIGNED_UP
                          || p.state() == ParticipationState.LEAVE_REQUESTED
                          || p.state() == ParticipationState.LEAVE_REJECTED)
              .toList();
      Text title = Text.of("notice.tomorrow.title", activity.title());
      Text body = Text.of("notice.tomorrow.body", when(activity));
      notifyParticipants(expected, title, body, activity.id());
      activities.markReminded(activity.id());
    }
    if (!due.isEmpty()) {
      log.info("Reminded the invitees of {} activities on {}", due.size(), day);
    }
    return due.size();
  }

  private static String when(Activity activity) {
    return Text.when(activity.startsAt());
  }

  private static String link(long activityId) {
    return "/registry/activities/" + activityId;
  }
}
