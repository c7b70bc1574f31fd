package org.lvzhi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lvzhi.activity.ActivityCodes;
import org.lvzhi.activity.AuthorisedActivities;
import org.lvzhi.history.Change;
import org.lvzhi.history.History;
import org.lvzhi.organisation.Units;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.rectification.SourceType;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.NotAllowedException;
import org.lvzhi.system.RecordNotFoundException;
import org.lvzhi.system.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The squads' work: a visit recorded as an activity of the SUPERVISION category with its own facts,
 * and each problem found on it raised and assigned to the responsible unit as a rectification item
 * in the same transaction. The squad then verifies or reopens what the unit resolved, through the
 * rectification module, which asks {@link SquadAuthority}. Each record is kept in history and
 * published as an event.
 */
@Service
public class Supervision {

  static final String RECORD_VISIT = "SUPERVISION_VISIT";
  static final String RECORD_FINDING = "SUPERVISION_FINDING";
  static final int DEFAULT_DAYS_TO_RECTIFY = 30;

  private final VisitStore visits;
  private final FindingStore findings;
  private final SquadAccess squads;
  private final AuthorisedActivities activities;
  private final Rectifications rectifications;
  private final Units units;
  private final History history;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final PlanProgress plans;

  Supervision(
      VisitStore visits,
      FindingStore findings,
      SquadAccess squads,
      AuthorisedActivities activities,
      Rectifications rectifications,
      Units units,
      History history,
      MessageSource messages,
      ApplicationEventPublisher events,
      Clock clock,
      PlanProgress plans) {
    this.plans = plans;
    this.visits = visits;
    this.findings = findings;
    this.squads = squads;
    this.activities = activities;
    this.rectifications = rectifications;
    this.units = units;
    this.history = history;
    this.messages = messages;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a squad's visit and its activity. 400 with every field's problem; 403 where the user
   * may not record for the squad.
   */
  @Transactional
  public long recordVisit(SupervisionVisit.Input input) {
    LvzhiUser user = CurrentUser.requirePermission(SupervisionAccess.RECORD);
    SupervisionVisit visit = SupervisionVisit.record(input, user.username(), today());
    SquadAccess.Squad squad =
        squads
            .squad(visit.squadId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        Map.of("squadId", Texts.of("supervision.unknownSquad"))));
    if (!squads.mayRecordFor(user, squad.id())) {
      throw new NotAllowedException("supervision.notOnSquad");
    }
    if (visit.planId() != null && !plans.exists(visit.planId())) {
      throw new InvalidInputException(Map.of("planId", Texts.of("supervision.unknownPlan")));
    }
    Map<Long, String> unitNames = units.names(visit.unitIds());
    if (unitNames.size() != visit.unitIds().size()) {
      throw new InvalidInputException(Map.of("unitIds", Texts.of("supervision.unknownUnit")));
    }
    long activity =
        activities.recordFor(ActivityCodes.Category.SUPERVISION, activity(visit, squad));
    long id = visits.insert(visit.withActivity(activity));
    history.record(
        VisitStore.TABLE,
        id,
        RECORD_VISIT,
        List.of(
            new Change("supervision.visit.title", null, visit.title()),
            new Change("supervision.visit.squad", null, squad.name()),
            new Change("supervision.visit.visitedOn", null, visit.visitedOn().toString()),
            new Change("supervision.visit.mode", null, chinese("supervisionMode." + visit.mode())),
            new Change(
                "supervision.visit.manner", null, chinese("supervisionManner." + visit.manner())),
            new Change("supervision.visit.units", null, String.join(" / ", unitNames.values()))));
    events.publishEvent(new SupervisionVisitRecorded(id, activity, squad.id()));
    return id;
  }

  /** A visit the user may see (404 otherwise, 403 without the view permission). */
  @Transactional(readOnly = true)
  public SupervisionVisit visit(long id) {
    LvzhiUser user = CurrentUser.require();
    if (!user.can(SupervisionAccess.VIEW)) {
      throw new NotAllowedException("supervision.notOnSquad");
    }
    return visits
        .find(id)
        .filter(v -> squads.maySee(user, v.squadId()))
        .orElseThrow(() -> new RecordNotFoundException("supervision-visits", id));
  }

  /**
   * Records a problem found on the visit and raises it, assigned to the responsible unit with a due
   * date (30 days after it was found unless given), as a rectification item.
   */
  @Transactional
  public long recordFinding(long visitId, Finding.Input input) {
    SupervisionVisit visit = visit(visitId);
    LvzhiUser user = CurrentUser.requirePermission(SupervisionAccess.RECORD);
    if (!squads.mayRecordFor(user, visit.squadId())) {
      throw new NotAllowedException("supervision.notOnSquad");
    }
    Finding finding = Finding.record(visitId, visit.visitedOn(), input, user.username(), today());
    String unit = units.names(List.of(finding.unitId())).get(finding.unitId());
    if (unit == null) {
      throw new InvalidInputException(Map.of("unitId", Texts.of("supervision.unknownUnit")));
    }
    long item =
        rectifications.raise(
            SourceType.SUPERVISION.code(),
            visitId,
            visit.title(),
            SupervisionVisit.path(visitId),
            finding.itemTitle(),
            finding.description(),
            finding.foundOn());
    LocalDate due =
        input.dueOn() != null ? input.dueOn() : finding.foundOn().plusDays(DEFAULT_DAYS_TO_RECTIFY);
    rectifications.assign(item, finding.unitId(), due, finding.foundOn());
    long id = findings.insert(finding.withItem(item));
    // On the finding's own record, whose register reads the category back in the reader's language.
    history.record(
        FindingStore.TABLE,
        id,
        RECORD_FINDING,
        List.of(
            new Change(
                "supervision.finding.category",
                null,
                chinese("supervisionCategory." + finding.category())),
            new Change("supervision.finding.unit", null, unit),
            new Change("supervision.finding.description", null, finding.itemTitle())));
    events.publishEvent(new FindingRecorded(id, visitId, item, finding.unitId()));
    return id;
  }

  /** The visit's findings, oldest first. */
  @Transactional(readOnly = true)
  public List<Finding> findingsOf(long visitId) {
    visit(visitId);
    return findings.ofVisit(visitId);
  }

  /** A finding of a visit the user may see. */
  @Transactional(readOnly = true)
  public Finding finding(long id) {
    Finding finding =
        findings
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException("supervision-findings", id));
    visit(finding.visitId());
    return finding;
  }

  /** The rectification item the finding became, as the rectification module shows it. */
  public Rectification itemOf(Finding finding) {
    return rectifications.get(finding.rectificationId());
  }

  /** The squad (or the office) verifies what the unit resolved. */
  @Transactional
  public Rectification verify(long findingId) {
    return rectifications.verify(finding(findingId).rectificationId());
  }

  /** The squad (or the office) sends a resolved item back to the unit, saying why. */
  @Transactional
  public Rectification reopen(long findingId, String reason) {
    return rectifications.reopen(finding(findingId).rectificationId(), reason);
  }

  /** What the user may do with the finding's item now. */
  public Rectifications.Moves movesOn(Finding finding) {
    return rectifications.movesOf(CurrentUser.require(), itemOf(finding));
  }

  /** The squads the user may record for, by name. */
  @Transactional(readOnly = true)
  public Map<Long, String> squadsToRecordFor() {
    LvzhiUser user = CurrentUser.require();
    Map<Long, String> result = new java.util.LinkedHashMap<>();
    squads
        .all()
        .forEach(
            (id, name) -> {
              if (squads.mayRecordFor(user, id)) {
                result.put(id, name);
              }
            });
    return result;
  }

  /** Whether the user may record findings and outcomes on the visit. */
  public boolean mayRecordOn(SupervisionVisit visit) {
    return CurrentUser.get().map(u -> squads.mayRecordFor(u, visit.squadId())).orElse(false);
  }

  /** The latest visits the user may see. */
  @Transactional(readOnly = true)
  public List<SupervisionVisit> recentVisits(int limit) {
    LvzhiUser user = CurrentUser.require();
    return visits.recent(squads.visibleSquads(user), limit);
  }

  /** The squads the user leads or serves on. */
  @Transactional(readOnly = true)
  public List<Long> mySquads() {
    LvzhiUser user = CurrentUser.require();
    return user.memberId() == null ? List.of() : squads.squadsOf(user.memberId());
  }

  /** Squad names, by id. */
  @Transactional(readOnly = true)
  public Map<Long, String> squadNames() {
    return squads.all();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private Map<String, List<String>> activity(SupervisionVisit visit, SquadAccess.Squad squad) {
    Map<String, List<String>> input = new java.util.HashMap<>();
    input.put("title", List.of(visit.title()));
    input.put("startsAt", List.of(visit.visitedOn() + "T09:00"));
    input.put("endsAt", List.of(visit.visitedOn() + "T12:00"));
    input.put("leaderId", List.of(Long.toString(squad.leaderMemberId())));
    if (squad.specialCommitteeId() != null) {
      input.put("organiser", List.of("SPECIAL_COMMITTEE"));
      input.put("specialCommitteeId", List.of(squad.specialCommitteeId().toString()));
    } else {
      input.put("organiser", List.of("LEADERSHIP"));
    }
    if (visit.summary() != null) {
      input.put("summary", List.of(visit.summary()));
    }
    List<String> topic = new ArrayList<>();
    topic.add(squad.name());
    input.put("topic", topic);
    return input;
  }

  private String chinese(String key) {
    return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
  }
}
