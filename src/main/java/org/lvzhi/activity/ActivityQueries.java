package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading activities and their participants, typed: what pages and the API show. Changes nothing;
 * the moves are {@link Participations}'.
 */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

  private final ActivityStore activities;
  private final ParticipationStore participations;
  private final LeaveDeciders deciders;
  private final ActivityProperties properties;
  private final PendingLeave pendingLeave;
  private final Clock clock;

  ActivityQueries(
      ActivityStore activities,
      ParticipationStore participations,
      LeaveDeciders deciders,
      ActivityProperties properties,
      PendingLeave pendingLeave,
      Clock clock) {
    this.pendingLeave = pendingLeave;
    this.activities = activities;
    this.participations = participations;
    this.deciders = deciders;
    this.properties = properties;
    this.clock = clock;
  }

  /** An activity the signed-in person is invited to, and where they stand in it. */
  public record Invited(Activity activity, ParticipationState state) {}

  /**
   * The activities the signed-in person is invited to (as a member or a cadre), latest first, at
   * most {@code limit}.
   */
  public List<Invited> mine(int limit) {
    LvzhiUser user = CurrentUser.require();
    List<Map.Entry<Long, ParticipationState>> invitations =
        participations.invitationsOf(user.memberId(), user.accountId(), limit);
    Map<Long, Activity> byId = new HashMap<>();
    activities
        .all(invitations.stream().map(Map.Entry::getKey).toList())
        .forEach(a -> byId.put(a.id(), a));
    return invitations.stream()
        .filter(i -> byId.containsKey(i.getKey()))
        .map(i -> new Invited(byId.get(i.getKey()), i.getValue()))
        .toList();
  }

  /** Whether the activity has not closed and not ended yet (a cancelled one still shows). */
  public boolean upcoming(Activity activity) {
    return !activity.closed() && activity.endsAt().isAfter(LocalDateTime.now(clock));
  }

  /** Whether check-in is open now (see {@link Activity#checkInOpen}). */
  public boolean checkInOpen(Activity activity) {
    return activity.checkInOpen(LocalDateTime.now(clock), properties.checkInOpensBefore());
  }

  /** One activity; the caller has checked that it may be seen. */
  public Activity activity(long id) {
    return activities.find(id).orElseThrow(() -> new RecordNotFoundException("activity", id));
  }

  /**
   * The activities with these ids in their order, in one query: for the ids a register list shows
   * ({@code Registers.matching}), which has already applied permission and scope.
   */
  public List<Activity> load(List<Long> ids) {
    return activities.all(ids);
  }

  /**
   * The activity, where the current user may organise it (staff; a special committee's clerk only
   * its own).
   */
  public Activity organisable(long activityId) {
    LvzhiUser user = CurrentUser.requirePermission("activity:edit");
    Activity activity = activity(activityId);
    if (user.scope() instanceof DataScope.OwnSpecialCommittee own
        && !Long.valueOf(own.specialCommitteeId()).equals(activity.specialCommitteeId())) {
      throw new RecordNotFoundException("activity", activityId);
    }
    return activity;
  }

  public List<Participation> participants(long activityId) {
    return participations.ofActivity(activityId);
  }

  /** The signed-in user's participation in an activity, if invited. */
  public Optional<Participation> mineIn(long activityId) {
    return participationOf(CurrentUser.require(), activityId);
  }

  /** The leave requests waiting for the signed-in person's decision, soonest activity first. */
  public List<LeaveToDecide> leaveToDecide() {
    return pendingLeave.of(CurrentUser.requirePermission("activity:view"));
  }

  /**
   * Who decides leave for the activity, as its page says: the chair or a head (a member), or the
   * office where {@code memberId} is null — including where no chair or head is recorded.
   */
  public record LeaveDecider(Activity.LeaveAuthority authority, Long memberId) {}

  public LeaveDecider leaveDecider(Activity activity) {
    LeaveDeciders.Decider decider = deciders.of(activity);
    return new LeaveDecider(decider.authority(), decider.memberId());
  }

  /** Whether this user decides leave for the activity (see {@link LeaveDeciders}). */
  public boolean mayDecideLeave(LvzhiUser user, Activity activity) {
    return deciders.may(user, activity);
  }

  /**
   * Whether this user reads a participation's leave reason: the activity's organisers (who hold
   * {@code activity:edit}), whoever decides its leave, and the participant. Pages and the API show
   * a reason to exactly these.
   */
  public boolean mayReadLeaveReason(
      LvzhiUser user, Activity activity, Participation participation) {
    boolean own =
        (participation.memberId() != null && participation.memberId().equals(user.memberId()))
            || (participation.accountId() != null && participation.accountId() == user.accountId());
    return own || user.can("activity:edit") || mayDecideLeave(user, activity);
  }

  Optional<Participation> participationOf(LvzhiUser user, long activityId) {
    if (user.memberId() != null) {
      Optional<Participation> asMember = participations.ofMember(activityId, user.memberId());
      if (asMember.isPresent()) {
        return asMember;
      }
    }
    return participations.ofAccount(activityId, user.accountId());
  }

  public static List<Long> memberIds(List<Participation> participations) {
    List<Long> ids = new ArrayList<>();
    participations.stream().filter(p -> p.memberId() != null).forEach(p -> ids.add(p.memberId()));
    return ids;
  }
}
