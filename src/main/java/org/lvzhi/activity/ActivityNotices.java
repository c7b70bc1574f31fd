package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lvzhi.notification.Notifications;
import org.lvzhi.system.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What activities tell people in the app: an invitation, a leave decision, and the day before, a
 * reminder to everyone still expected. Sent inside the move's transaction, so a refused move tells
 * nobody.
 */
@Component
class ActivityNotices {

  private static final Logger log = LoggerFactory.getLogger(ActivityNotices.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
  private final Notifications notifications;
  private final ActivityFacts activities;
  private final JdbcClient jdbc;
  private final SystemActor system;
  private final Clock clock;

  ActivityNotices(Notifications notifications, ActivityFacts activities, JdbcClient jdbc, SystemActor system,
      Clock clock) {
    this.notifications = notifications;
    this.activities = activities;
    this.jdbc = jdbc;
    this.system = system;
    this.clock = clock;
  }

  void invited(long activityId, List<Long> memberIds, List<Long> accountIds) {
    ActivityFacts.Facts activity = activities.of(activityId).orElseThrow();
    String body = WHEN.format(activity.startsAt()) + " · " + activity.title();
    notifications.notifyMembers(memberIds, "活动邀请：" + activity.title(), body, link(activityId));
    notifications.notifyAccounts(accountIds, "活动邀请：" + activity.title(), body, link(activityId));
  }

  void leaveDecided(Participation participation, boolean approved) {
    ActivityFacts.Facts activity = activities.of(participation.activityId()).orElseThrow();
    String title = (approved ? "请假已批准：" : "请假未批准：") + activity.title();
    String body = approved ? "本次活动记为请假。" : "请按时参加；如有困难请联系组织方。";
    if (participation.memberId() != null) {
      notifications.notifyMembers(List.of(participation.memberId()), title, body, link(activity.id()));
    } else {
      notifications.notifyAccounts(List.of(participation.accountId()), title, body, link(activity.id()));
    }
  }

  /** Every morning at seven: tomorrow's activities remind everyone invited and not on approved leave. */
  @Scheduled(cron = "${lvzhi.activity.reminder-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
  void remindTomorrow() {
    system.run(() -> remind(LocalDate.now(clock).plusDays(1)));
  }

  /** Reminds the invitees of the day's activities once; returns how many activities were reminded. */
  @Transactional
  int remind(LocalDate day) {
    List<Long> due = jdbc.sql("select id from activity where reminded = false and closed = false"
            + " and starts_at >= :from and starts_at < :until")
        .param("from", day.atStartOfDay()).param("until", day.plusDays(1).atStartOfDay())
        .query(Long.class).list();
    for (long activityId : due) {
      ActivityFacts.Facts activity = activities.of(activityId).orElseThrow();
      String expected = " from participation where activity_id = :id and state in ('INVITED', 'SIGNED_UP',"
          + " 'LEAVE_REQUESTED', 'LEAVE_REJECTED')";
      List<Long> members = jdbc.sql("select member_id" + expected + " and member_id is not null")
          .param("id", activityId).query(Long.class).list();
      List<Long> cadres = jdbc.sql("select account_id" + expected + " and account_id is not null")
          .param("id", activityId).query(Long.class).list();
      String title = "明日活动提醒：" + activity.title();
      notifications.notifyMembers(members, title, WHEN.format(activity.startsAt()), link(activityId));
      notifications.notifyAccounts(cadres, title, WHEN.format(activity.startsAt()), link(activityId));
      jdbc.sql("update activity set reminded = true where id = :id").param("id", activityId).update();
    }
    if (!due.isEmpty()) {
      log.info("Reminded the invitees of {} activities on {}", due.size(), day);
    }
    return due.size();
  }

  private static String link(long activityId) {
    return "/registry/activities/" + activityId;
  }
}
