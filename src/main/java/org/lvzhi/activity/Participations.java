package org.lvzhi.activity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.account.Accounts;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Members;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.IllegalMoveException;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of taking part in an activity: inviting, signing up, asking and deciding leave,
 * checking in (by code or by staff), closing. Each move is checked against who may make it and the
 * rules of the activity and the participation, recorded in history, and published as an event.
 */
@Service
public class Participations {

  static final String RECORD_TYPE = "participation";
  private final ParticipationStore store;
  private final ActivityStore activities;
  private final ActivityQueries queries;
  private final LeaveDeciders deciders;
  private final Members members;
  private final Accounts accounts;
  private final History history;
  private final ActivityProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Participations(
      ParticipationStore store,
      ActivityStore activities,
      ActivityQueries queries,
      LeaveDeciders deciders,
      Members members,
      Accounts accounts,
      History history,
      ActivityProperties properties,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.activities = activities;
    this.queries = queries;
    this.deciders = deciders;
    this.members = members;
    this.accounts = accounts;
    this.history = history;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /** Whom to invite: members by group, and optionally all the office's cadres. */
  public record Invitation(Members.Group members, boolean cadres) {}

  /** Invites everyone in the invitation not invited already; returns how many were added. */
  @Transactional
  public int invite(long activityId, Invitation invitation) {
    organisable(activityId).requireOpen();
    List<Long> newMembers = new ArrayList<>();
    List<Long> newCadres = new ArrayList<>();
    for (long memberId : members.serving(invitation.members())) {
      if (store.ofMember(activityId, memberId).isEmpty()) {
        recordMove(
            store.insert(Participation.inviteMember(activityId, memberId)),
            "INVITE",
            null,
            ParticipationState.INVITED);
        newMembers.add(memberId);
      }
    }
    if (invitation.cadres()) {
      for (long accountId : accounts.cadres(activities.committeeOf(activityId))) {
        if (store.ofAccount(activityId, accountId).isEmpty()) {
          recordMove(
              store.insert(Participation.inviteCadre(activityId, accountId)),
              "INVITE",
              null,
              ParticipationState.INVITED);
          newCadres.add(accountId);
        }
      }
    }
    if (!newMembers.isEmpty() || !newCadres.isEmpty()) {
      events.publishEvent(
          new ParticipantsInvited(activityId, List.copyOf(newMembers), List.copyOf(newCadres)));
    }
    return newMembers.size() + newCadres.size();
  }

  @Transactional
  public void signUp(long activityId) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    activity(activityId).requireOpen();
    save(mine, "SIGN_UP", mine.signUp());
    events.publishEvent(new ParticipantSignedUp(activityId, mine.id()));
  }

  @Transactional
  public void requestLeave(long activityId, String reason) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    activity(activityId).requireOpen();
    save(mine, "REQUEST_LEAVE", mine.requestLeave(reason));
    events.publishEvent(new LeaveRequested(activityId, mine.id()));
  }

  /** The signed-in member takes back their sign-up while the activity is open. */
  @Transactional
  public void withdrawSignUp(long activityId) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    activity(activityId).requireOpen();
    save(mine, "WITHDRAW_SIGN_UP", mine.withdrawSignUp());
    events.publishEvent(new SignUpWithdrawn(activityId, mine.id()));
  }

  /** The signed-in member takes back their leave request until it is decided. */
  @Transactional
  public void withdrawLeave(long activityId) {
    CurrentUser.requirePermission("activity:view");
    Participation mine = mineOrRefuse(activityId);
    activity(activityId).requireOpen();
    save(mine, "WITHDRAW_LEAVE", mine.withdrawLeave());
    events.publishEvent(new LeaveWithdrawn(activityId, mine.id()));
  }

  /**
   * Staff cancel an activity instead of deleting it, saying why: it stays on record as cancelled,
   * takes no more moves, is not counted, and its invitees are told.
   */
  @Transactional
  public void cancel(long activityId, String reason) {
    Activity cancelled = organisable(activityId).cancel(reason);
    activities.saveCancelled(cancelled);
    history.record(
        "activity",
        activityId,
        "CANCEL",
        List.of(
            new Change("activity.cancelled", String.valueOf(false), String.valueOf(true)),
            new Change("activity.cancelReason", null, cancelled.cancelReason())));
    events.publishEvent(new ActivityCancelled(activityId, cancelled.cancelReason()));
  }

  /** Decided by whoever {@link LeaveDeciders} names for the activity; returns the activity's id. */
  @Transactional
  public long decideLeave(long participationId, boolean approved, boolean countsAgainst) {
    Participation participation =
        store
            .find(participationId)
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participationId));
    LvzhiUser user = CurrentUser.require();
    Activity activity = activity(participation.activityId());
    if (!deciders.may(user, activity)) {
      throw new NotAllowedException(deciders.of(activity).refusalKey());
    }
    activity.requireOpen();
    save(
        participation,
        approved ? "APPROVE_LEAVE" : "REJECT_LEAVE",
        participation.decideLeave(approved, countsAgainst, user.username()));
    events.publishEvent(
        new LeaveDecided(activity.id(), participationId, approved, approved && countsAgainst));
    return activity.id();
  }

  /** The signed-in member (or cadre) checks in with the activity's code, inside its window. */
  @Transactional
  public ParticipationState checkIn(long activityId, String code) {
    CurrentUser.requirePermission("activity:view");
    requireCodeFormat(code);
    Activity activity = activity(activityId);
    LocalDateTime now = LocalDateTime.now(clock);
    activity.requireCheckIn(code, now, properties.checkInOpensBefore());
    Participation mine = mineOrRefuse(activityId);
    boolean late = activity.lateAt(now, properties.lateAfter());
    save(mine, "CHECK_IN", mine.checkIn(now, late));
    events.publishEvent(new ParticipantCheckedIn(activityId, mine.id(), late));
    return mine.state();
  }

  /** A check-in code is six digits (spaces around them ignored); anything else is a 400. */
  private static void requireCodeFormat(String code) {
    if (code == null || !code.trim().matches("[0-9]{6}")) {
      throw new InvalidInputException(Map.of("code", Texts.of("participation.codeFormat")));
    }
  }

  /** Checks in with a code alone, typed on a phone: finds the activity open now with that code. */
  @Transactional
  public long checkInWithCode(String code) {
    CurrentUser.requirePermission("activity:view");
    requireCodeFormat(code);
    LocalDateTime now = LocalDateTime.now(clock);
    String trimmed = code == null ? "" : code.trim();
    List<Long> open =
        activities.openWithCode(trimmed, now.plus(properties.checkInOpensBefore()), now);
    LvzhiUser user = CurrentUser.require();
    for (long activityId : open) {
      if (queries.participationOf(user, activityId).isPresent()) {
        checkIn(activityId, trimmed);
        return activityId;
      }
    }
    if (open.isEmpty()) {
      throw new IllegalMoveException("participation.noOpenActivityWithCode");
    }
    throw new IllegalMoveException("participation.notInvitedCheckIn");
  }

  /** Staff mark invitees as arrived (on the day, for those without a phone). */
  @Transactional
  public int markArrived(long activityId, List<Long> participationIds) {
    organisable(activityId).requireOpen();
    LocalDateTime now = LocalDateTime.now(clock);
    int marked = 0;
    for (long id : participationIds) {
      Participation participation =
          store
              .find(id)
              .filter(p -> p.activityId() == activityId)
              .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
      if (participation.state() != ParticipationState.CHECKED_IN) {
        save(participation, "MARK_ARRIVED", participation.checkIn(now, false));
        events.publishEvent(new ParticipantCheckedIn(activityId, id, false));
        marked++;
      }
    }
    return marked;
  }

  /**
   * Closes the activity from its page or the API: every invitee ends present, excused or absent.
   */
  @Transactional
  public void close(long activityId) {
    close(organisable(activityId));
  }

  /**
   * The one way an activity closes, whichever door (page, API, attendance import): the activity
   * refuses where it is closed already; every open participation closes, the closing is recorded
   * and published.
   */
  @Transactional
  void close(Activity activity) {
    Activity closed = activity.close();
    for (Participation participation : store.ofActivity(activity.id())) {
      if (!participation.state().isFinal()) {
        save(participation, "CLOSE", participation.close());
      }
    }
    activities.saveClosed(closed);
    history.record(
        "activity",
        activity.id(),
        "CLOSE",
        List.of(new Change("activity.closed", String.valueOf(false), String.valueOf(true))));
    events.publishEvent(new ActivityClosed(activity.id()));
  }

  @Transactional
  public void correct(long participationId, ParticipationState finalState) {
    Participation participation =
        store
            .find(participationId)
            .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participationId));
    organisable(participation.activityId());
    save(participation, "CORRECT", participation.correct(finalState));
  }

  private Participation mineOrRefuse(long activityId) {
    return queries
        .participationOf(CurrentUser.require(), activityId)
        .orElseThrow(() -> new IllegalMoveException("participation.notInvited"));
  }

  private Activity activity(long activityId) {
    return activities
        .find(activityId)
        .orElseThrow(() -> new RecordNotFoundException("activity", activityId));
  }

  /**
   * The activity, where the current user may organise it (see {@link ActivityQueries#organisable}).
   */
  Activity organisable(long activityId) {
    return queries.organisable(activityId);
  }

  private void save(Participation participation, String move, ParticipationState before) {
    store.save(participation);
    recordMove(participation.id(), move, before, participation.state());
  }

  void recordMove(
      long participationId, String move, ParticipationState before, ParticipationState after) {
    history.record(
        RECORD_TYPE,
        participationId,
        move,
        List.of(
            new Change(
                "participation.state", before == null ? null : before.name(), after.name())));
  }
}
