package org.lvzhi.activity;

import java.util.Optional;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who decides leave for an activity: the chair for plenary and standing-committee meetings, the
 * organising special committee's head for its activities, otherwise the office. Where no chair or
 * head is recorded the office decides: someone always must.
 */
@Component
class LeaveDeciders {

  /**
   * The decider: a member (the chair or a head), or the office's staff when {@code memberId} is
   * null.
   */
  record Decider(Activity.LeaveAuthority authority, Long memberId) {

    boolean office() {
      return memberId == null;
    }

    /** Why someone else may not decide, as a message key. */
    String refusalKey() {
      return switch (authority) {
        case CHAIR -> "leave.decidedByChair";
        case COMMITTEE_HEAD -> "leave.decidedByHead";
        case OFFICE -> "leave.decidedByOffice";
      };
    }
  }

  private final Members members;
  private final ActivityStore activities;

  LeaveDeciders(Members members, ActivityStore activities) {
    this.activities = activities;
    this.members = members;
  }

  Decider of(Activity activity) {
    Optional<Long> member =
        switch (activity.leaveAuthority()) {
          case CHAIR -> members.chair(activities.committeeOf(activity.id()));
          case COMMITTEE_HEAD -> members.headOf(activity.specialCommitteeId());
          case OFFICE -> Optional.empty();
        };
    return member
        .map(id -> new Decider(activity.leaveAuthority(), id))
        .orElseGet(() -> new Decider(Activity.LeaveAuthority.OFFICE, null));
  }

  boolean may(LvzhiUser user, Activity activity) {
    if (user.role().administers()) {
      return true;
    }
    Decider decider = of(activity);
    return decider.office()
        ? user.role() == Role.STAFF
        : decider.memberId().equals(user.memberId());
  }
}
