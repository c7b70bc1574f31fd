package org.lvzhi.activity.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.lvzhi.account.Accounts;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.activity.LeaveToDecide;
import org.lvzhi.organisation.Members;
import org.springframework.stereotype.Component;

/** The leave requests waiting for the signed-in person's decision, as their page lists them. */
@Component
public class LeaveRequestsPage {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final ActivityQueries activities;
  private final Members members;
  private final Accounts accounts;

  LeaveRequestsPage(ActivityQueries activities, Members members, Accounts accounts) {
    this.activities = activities;
    this.members = members;
    this.accounts = accounts;
  }

  /** One request to decide. */
  public record Line(
      long participationId,
      long activityId,
      String activity,
      String startsAt,
      String who,
      String reason) {}

  List<Line> view() {
    List<LeaveToDecide> requests = activities.leaveToDecide();
    Map<Long, String> memberNames =
        members.names(
            requests.stream()
                .map(LeaveToDecide::memberId)
                .filter(java.util.Objects::nonNull)
                .toList());
    Map<Long, String> cadreNames =
        accounts.displayNames(
            requests.stream()
                .map(LeaveToDecide::accountId)
                .filter(java.util.Objects::nonNull)
                .toList());
    return requests.stream()
        .map(
            r ->
                new Line(
                    r.participationId(),
                    r.activityId(),
                    r.activityTitle(),
                    WHEN.format(r.startsAt()),
                    r.memberId() != null
                        ? memberNames.getOrDefault(r.memberId(), "")
                        : cadreNames.getOrDefault(r.accountId(), ""),
                    r.reason() == null ? "" : r.reason()))
        .toList();
  }
}
