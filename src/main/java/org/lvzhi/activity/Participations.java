package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of taking part in an activity: inviting, signing up, asking and deciding leave,
 * checking in (by code or by staff), closing. Each move is checked against who may make it and
 * recorded in history.
 */
@Service
public class Participations {

  static final String RECORD_TYPE = "participation";
  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("M月d日 HH:mm");
  private final ParticipationStore store;
  private final ActivityFacts activities;
  private final Members members;
  private final Accounts accounts;
  private final History history;
  private final ActivityProperties properties;
  private final ActivityNotices notices;
  private final Clock clock;

  Participations(ParticipationStore store, ActivityFacts activities, Members members, Accounts accounts,
      History history, ActivityProperties properties, ActivityNotices notices, Clock clock) {
    this.notices = notices;
    this.store = store;
    this.activities = activities;
    this.members = members;
    this.accounts = accounts;
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whom to invite: members by group, and optionally all the office's cadres. */
  public record Invitation(Members.Group members, boolean cadres) {}

  /** Invites everyone in the invitation not invited already; returns how many were added. */
  @Transactional
  public int invite(long activityId, Invitation invitation) {
    ActivityFacts.Facts activity = organisable(activityId);
    refuseWhenClosed(activity);
    List<Long> newMembers = new java.util.ArrayList<>();
    List<Long> newCadres = new java.util.ArrayList<>();
    for (long memberId : members.serving(invitation.members())) {
      if (store.ofMember(activityId, memberId).isEmpty()) {
        recordMove(store.insert(Participation.inviteMember(activityId, memberId)), "INVITE", null,
            ParticipationState.INVITED);
        newMembers.add(memberId);
      }
    }
    if (invitation.cadres()) {
      for (long accountId : accounts.cadres()) {
        if (store.ofAccount(activityId, accountId).isEmpty()) {
          recordMove(store.insert(Participation.inviteCadre(activityId, accountId)), "INVITE", null,
              ParticipationState.INVITED);
          newCadres.add(accountId);
        }
      }
    }
    notices.invited(activityId, newMembers, newCadres);
    return newMembers.size() + newCadres.size();
  }

  @Transactional
  public void signUp(long activityId) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    refuseWhenClosed(facts(activityId));
    save(mine, "SIGN_UP", mine.signUp());
  }

  @Transactional
  public void requestLeave(long activityId, String reason) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    refuseWhenClosed(facts(activityId));
    save(mine, "REQUEST_LEAVE", mine.requestLeave(reason));
  }

  /** Decided by the chair for plenary and standing-committee meetings, by the organising special committee's head for its activities, otherwise by the office. */
  @Transactional
  public long decideLeave(long participationId, boolean approved, boolean countsAgainst) {
    Participation participation = store.find(participationId)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participationId));
    LvzhiUser user = CurrentUser.require();
    ActivityFacts.Facts activity = facts(participation.activityId());
    if (!mayDecideLeave(user, activity)) {
      throw new org.lvzhi.system.NotAllowedException(leaveAuthority(activity));
    }
    save(participation, approved ? "APPROVE_LEAVE" : "REJECT_LEAVE",
        participation.decideLeave(approved, countsAgainst, user.username()));
    notices.leaveDecided(participation, approved);
    return participation.activityId();
  }

  /** Who decides leave for this activity, in words for the refusal. */
  String leaveAuthority(ActivityFacts.Facts activity) {
    if (activity.category().leaveDecidedByChair()) {
      return "本次会议的请假由主席审批。";
    }
    return activity.organiser() == ActivityCodes.Organiser.SPECIAL_COMMITTEE
        ? "本次活动的请假由组织专委会主任审批。" : "本次活动的请假由机关办公室审批。";
  }

  boolean mayDecideLeave(LvzhiUser user, ActivityFacts.Facts activity) {
    if (user.role() == Role.ADMIN) {
      return true;
    }
    if (activity.category().leaveDecidedByChair()) {
      return user.memberId() != null && members.chair().equals(Optional.of(user.memberId()));
    }
    if (activity.organiser() == ActivityCodes.Organiser.SPECIAL_COMMITTEE && activity.specialCommitteeId() != null) {
      return user.memberId() != null
          && members.headOf(activity.specialCommitteeId()).equals(Optional.of(user.memberId()));
    }
    return user.role() == Role.STAFF;
  }

  /** The signed-in member (or cadre) checks in with the activity's code, inside its window. */
  @Transactional
  public ParticipationState checkIn(long activityId, String code) {
    CurrentUser.requirePermission("activity:view");
    ActivityFacts.Facts activity = facts(activityId);
    LocalDateTime now = LocalDateTime.now(clock);
    if (code == null || !code.trim().equals(activity.checkInCode())) {
      throw new IllegalMoveException("签到码不正确，或不是本次活动的签到码。");
    }
    LocalDateTime opens = activity.startsAt().minus(properties.checkInOpensBefore());
    if (activity.closed() || now.isBefore(opens) || now.isAfter(activity.endsAt())) {
      throw new IllegalMoveException("不在签到时间内：本次活动 " + HOUR_MINUTE.format(opens) + " 至 "
          + HOUR_MINUTE.format(activity.endsAt()) + " 可以签到。");
    }
    Participation mine = mineOrRefuse(activityId);
    boolean late = now.isAfter(activity.startsAt().plus(properties.lateAfter()));
    save(mine, "CHECK_IN", mine.checkIn(now, late));
    return mine.state();
  }

  /** Checks in with a code alone, typed on a phone: finds the activity open now with that code. */
  @Transactional
  public long checkInWithCode(String code) {
    CurrentUser.requirePermission("activity:view");
    LocalDateTime now = LocalDateTime.now(clock);
    String trimmed = code == null ? "" : code.trim();
    List<Long> open = activities.openWithCode(trimmed, now.plus(properties.checkInOpensBefore()), now);
    LvzhiUser user = CurrentUser.require();
    for (long activityId : open) {
      if (participationOf(user, activityId).isPresent()) {
        checkIn(activityId, trimmed);
        return activityId;
      }
    }
    if (open.isEmpty()) {
      throw new IllegalMoveException("签到码不正确，或该活动现在不在签到时间内。");
    }
    throw new IllegalMoveException("您不在本次活动的邀请名单中，不能签到。");
  }

  /** Staff mark invitees as arrived (on the day, for those without a phone). */
  @Transactional
  public int markArrived(long activityId, List<Long> participationIds) {
    ActivityFacts.Facts activity = organisable(activityId);
    refuseWhenClosed(activity);
    LocalDateTime now = LocalDateTime.now(clock);
    int marked = 0;
    for (long id : participationIds) {
      Participation participation = store.find(id).filter(p -> p.activityId() == activityId)
          .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
      if (participation.state() != ParticipationState.CHECKED_IN) {
        save(participation, "MARK_ARRIVED", participation.checkIn(now, false));
        marked++;
      }
    }
    return marked;
  }

  /** Closes the activity: every invitee ends present, excused or absent. */
  @Transactional
  public void close(long activityId) {
    ActivityFacts.Facts activity = organisable(activityId);
    refuseWhenClosed(activity);
    for (Participation participation : store.ofActivity(activityId)) {
      save(participation, "CLOSE", participation.close());
    }
    activities.markClosed(activityId);
    history.record("activity", activityId, "CLOSE", List.of());
  }

  @Transactional
  public void correct(long participationId, ParticipationState finalState) {
    Participation participation = store.find(participationId)
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participationId));
    organisable(participation.activityId());
    save(participation, "CORRECT", participation.correct(finalState));
  }

  @Transactional(readOnly = true)
  public List<Participation> of(long activityId) {
    return store.ofActivity(activityId);
  }

  /** The signed-in user's participation in an activity, if invited. */
  @Transactional(readOnly = true)
  public Optional<Participation> mineIn(long activityId) {
    return participationOf(CurrentUser.require(), activityId);
  }

  private Optional<Participation> participationOf(LvzhiUser user, long activityId) {
    if (user.memberId() != null) {
      Optional<Participation> asMember = store.ofMember(activityId, user.memberId());
      if (asMember.isPresent()) {
        return asMember;
      }
    }
    return store.ofAccount(activityId, user.accountId());
  }

  private Participation mineOrRefuse(long activityId) {
    return participationOf(CurrentUser.require(), activityId)
        .orElseThrow(() -> new IllegalMoveException("您不在本次活动的邀请名单中。"));
  }

  private ActivityFacts.Facts facts(long activityId) {
    return activities.of(activityId).orElseThrow(() -> new RecordNotFoundException("activity", activityId));
  }

  /** The activity, where the current user may organise it (staff; a special committee's clerk only its own). */
  private ActivityFacts.Facts organisable(long activityId) {
    LvzhiUser user = CurrentUser.requirePermission("activity:edit");
    ActivityFacts.Facts activity = facts(activityId);
    if (user.scope() instanceof DataScope.OwnSpecialCommittee own
        && !Long.valueOf(own.specialCommitteeId()).equals(activity.specialCommitteeId())) {
      throw new RecordNotFoundException("activity", activityId);
    }
    return activity;
  }

  private static void refuseWhenClosed(ActivityFacts.Facts activity) {
    if (activity.closed()) {
      throw new IllegalMoveException("活动已结束，出席情况已确定。");
    }
  }

  private void save(Participation participation, String move, ParticipationState before) {
    store.save(participation);
    recordMove(participation.id(), move, before, participation.state());
  }

  private void recordMove(long participationId, String move, ParticipationState before, ParticipationState after) {
    history.record(RECORD_TYPE, participationId, move,
        List.of(new Change("participation.state", before == null ? null : before.name(), after.name())));
  }

  static List<Long> memberIds(List<Participation> participations) {
    List<Long> ids = new ArrayList<>();
    participations.stream().filter(p -> p.memberId() != null).forEach(p -> ids.add(p.memberId()));
    return ids;
  }
}
