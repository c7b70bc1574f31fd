package org.lvzhi.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityCodes;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.Registers;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions and their follow-up, wherever they were made: at an activity (a consultation meeting
 * when its type has category CONSULTATION, otherwise any activity) or in an online consultation.
 * Staff record them and send them to the department that answers; the department's clerk (or staff
 * on its behalf) records the answer. Every move is saved by {@link SuggestionStore} over the
 * version read, recorded in history and published as an event, on which {@link ConsultationNotices}
 * tells whoever must know after the commit.
 */
@Service
public class Suggestions {

  public static final String REGISTER = "consultation-suggestions";
  public static final String VIEW = "consultation:view";
  public static final String EDIT = "consultation:edit";
  public static final String ANSWER = "consultation:answer";
  public static final String STATISTICS = "consultation:statistics";
  static final String MAKE = "SUGGESTION_MAKE";
  static final String SEND = "SUGGESTION_SEND";
  static final String ANSWER_MOVE = "SUGGESTION_ANSWER";
  static final String ACTIVITIES = "activities";

  /** What a new suggestion says, who made it, and the department to answer it (optional). */
  public record Draft(
      String content, Long memberId, String madeByName, Long unitId, LocalDate madeOn) {}

  private final SuggestionStore store;
  private final History history;
  private final Clock clock;
  private final Units units;
  private final Members members;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final ActivityQueries activities;
  private final ObjectProvider<Registers> registers;

  Suggestions(
      SuggestionStore store,
      History history,
      Clock clock,
      Units units,
      Members members,
      MessageSource messages,
      ApplicationEventPublisher events,
      ActivityQueries activities,
      ObjectProvider<Registers> registers) {
    this.store = store;
    this.history = history;
    this.clock = clock;
    this.units = units;
    this.members = members;
    this.messages = messages;
    this.events = events;
    this.activities = activities;
    this.registers = registers;
  }

  /** The page of a suggestion. */
  public static String path(long id) {
    return "/registry/" + REGISTER + "/" + id;
  }

  /**
   * Records a suggestion made at an activity the user may see (needs {@code consultation:edit}): a
   * meeting where the activity's type has category CONSULTATION.
   */
  @Transactional
  public long makeAtActivity(long activityId, Draft draft) {
    CurrentUser.requirePermission(EDIT);
    Activity activity = visibleActivity(activityId);
    SourceKind kind =
        activity.category() == ActivityCodes.Category.CONSULTATION
            ? SourceKind.MEETING
            : SourceKind.ACTIVITY;
    return make(new Suggestion.Source(kind, activityId, label(activity.title())), draft);
  }

  /** Records a suggestion from a closing online consultation, in the closer's transaction. */
  @Transactional
  long makeOnline(long consultationId, String topic, Draft draft) {
    return make(new Suggestion.Source(SourceKind.ONLINE, consultationId, label(topic)), draft);
  }

  private long make(Suggestion.Source source, Draft draft) {
    requireMember(draft.memberId());
    requireUnit(draft.unitId());
    Suggestion suggestion =
        Suggestion.make(
            source,
            draft.content(),
            new Suggestion.Author(draft.memberId(), draft.madeByName()),
            draft.unitId(),
            draft.madeOn(),
            today());
    long id = store.insert(suggestion);
    history.record(
        SuggestionStore.TABLE,
        id,
        MAKE,
        List.of(
            new Change("consultation.source", null, suggestion.source().label()),
            new Change("consultation.content", null, suggestion.content()),
            new Change("consultation.status", null, status(suggestion.status()))));
    events.publishEvent(new SuggestionMade(id, source.kind().name(), source.id()));
    return id;
  }

  /** Sends the suggestion to the department that answers it (needs {@code consultation:edit}). */
  @Transactional
  public void send(long id, Long unitId) {
    LvzhiUser user = CurrentUser.requirePermission(EDIT);
    Suggestion suggestion = find(id, user);
    requireUnit(unitId);
    SuggestionStatus before = suggestion.sendTo(unitId, today());
    store.save(suggestion);
    history.record(
        SuggestionStore.TABLE,
        id,
        SEND,
        List.of(
            new Change("consultation.unit", null, units.names(List.of(unitId)).get(unitId)),
            new Change("consultation.status", status(before), status(suggestion.status()))));
    events.publishEvent(new SuggestionSent(id, unitId));
  }

  /**
   * Records the department's answer: the unit's clerk for suggestions sent to the unit (needs
   * {@code consultation:answer}), or staff on its behalf ({@code consultation:edit}).
   */
  @Transactional
  public void answer(long id, String outcome, String text, LocalDate answeredOn) {
    LvzhiUser user = CurrentUser.require();
    if (!user.can(ANSWER) && !user.can(EDIT)) {
      CurrentUser.requirePermission(ANSWER);
    }
    Suggestion suggestion = find(id, user);
    SuggestionStatus before = suggestion.answer(outcome(outcome), text, answeredOn, today());
    store.save(suggestion);
    history.record(
        SuggestionStore.TABLE,
        id,
        ANSWER_MOVE,
        List.of(
            new Change("consultation.status", status(before), status(suggestion.status())),
            new Change("consultation.answer", null, suggestion.answer()),
            new Change("consultation.answeredOn", null, String.valueOf(suggestion.answeredOn()))));
    events.publishEvent(new SuggestionAnswered(id, suggestion.status().name()));
  }

  /** One suggestion the user may see (needs {@code consultation:view}); 404 otherwise. */
  public Suggestion get(long id) {
    return find(id, CurrentUser.requirePermission(VIEW));
  }

  /** The suggestions made at an activity that the user may see, oldest first. */
  @Transactional(readOnly = true)
  public List<Suggestion> ofActivity(long activityId) {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    return store.ofActivity(activityId, SuggestionStore.Visible.to(user.scope()));
  }

  /** The suggestions from an online consultation that the user may see. */
  @Transactional(readOnly = true)
  public List<Suggestion> ofOnline(long consultationId) {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    return store.ofSource(
        SourceKind.ONLINE, consultationId, SuggestionStore.Visible.to(user.scope()));
  }

  /** How many of the suggestions the user sees stand in each status. */
  @Transactional(readOnly = true)
  public Map<SuggestionStatus, Long> tally() {
    LvzhiUser user = CurrentUser.requirePermission(VIEW);
    return store.tally(SuggestionStore.Visible.to(user.scope()));
  }

  private Suggestion find(long id, LvzhiUser user) {
    return store
        .find(id, SuggestionStore.Visible.to(user.scope()))
        .orElseThrow(() -> new RecordNotFoundException("suggestion", id));
  }

  private Activity visibleActivity(long activityId) {
    registers.getObject().requireVisible(ACTIVITIES, activityId);
    return activities.activity(activityId);
  }

  private void requireMember(Long memberId) {
    if (memberId != null && !members.inWorkingCommittee(memberId)) {
      throw new InvalidInputException(
          Map.of("memberId", Texts.of("consultation.input.unknownMember")));
    }
  }

  private void requireUnit(Long unitId) {
    if (unitId != null && units.names(List.of(unitId)).isEmpty()) {
      throw new InvalidInputException(Map.of("unitId", Texts.of("consultation.input.unknownUnit")));
    }
  }

  static SuggestionStatus outcome(String name) {
    if (name != null) {
      for (SuggestionStatus s : SuggestionStatus.values()) {
        if (s.answered() && s.name().equalsIgnoreCase(name.trim())) {
          return s;
        }
      }
    }
    throw new InvalidInputException(
        Map.of("outcome", Texts.of("consultation.input.outcomeMissing")));
  }

  private static String label(String title) {
    String clean = title == null ? "" : title.strip();
    return clean.length() > 200 ? clean.substring(0, 200) : clean;
  }

  private String status(SuggestionStatus status) {
    String key = "suggestionStatus." + status.name();
    return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
