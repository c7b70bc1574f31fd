package org.lvzhi.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.attachment.Attachments;
import org.lvzhi.organisation.Units;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.rectification.RectificationStatus;
import org.lvzhi.supervision.Finding;
import org.lvzhi.supervision.Outcomes;
import org.lvzhi.supervision.PlanProgress;
import org.lvzhi.supervision.Supervision;
import org.lvzhi.supervision.SupervisionVisit;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the pages' views from the module's services. */
@Component
class SupervisionViews {

  static final String EVIDENCE = "supervision_finding";
  static final List<String> OUTCOME_REGISTERS = List.of("outputs", "proposals", "opinion-reports");

  private final Supervision supervision;
  private final Outcomes outcomes;
  private final PlanProgress plans;
  private final Units units;
  private final Attachments attachments;
  private final MessageSource messages;

  SupervisionViews(
      Supervision supervision,
      Outcomes outcomes,
      PlanProgress plans,
      Units units,
      Attachments attachments,
      MessageSource messages) {
    this.supervision = supervision;
    this.outcomes = outcomes;
    this.plans = plans;
    this.units = units;
    this.attachments = attachments;
    this.messages = messages;
  }

  HomeView home() {
    int year = supervision.today().getYear();
    Map<Long, String> squads = supervision.squadNames();
    List<String> mine = supervision.mySquads().stream().map(squads::get).toList();
    List<SupervisionVisit> recent = supervision.recentVisits(10);
    List<HomeView.OpenFinding> open = new ArrayList<>();
    for (SupervisionVisit visit : recent) {
      for (Finding f : supervision.findingsOf(visit.id())) {
        Rectification item = supervision.itemOf(f);
        if (item.status() != RectificationStatus.VERIFIED) {
          open.add(
              new HomeView.OpenFinding(
                  visit.id(),
                  f.id(),
                  item.title(),
                  text("rectificationStatus." + item.status().name()),
                  units.names(List.of(f.unitId())).getOrDefault(f.unitId(), "")));
        }
      }
    }
    boolean mayRecord = CurrentUser.require().can("supervision:record");
    return new HomeView(
        year,
        CurrentUser.require().can("supervision-plan:view") ? plans.of(year) : List.of(),
        mine,
        recent,
        squads,
        open,
        mayRecord);
  }

  VisitForm form(Map<String, String> values, List<Long> unitIds, Map<String, String> errors) {
    return new VisitForm(
        supervision.squadsToRecordFor(),
        plans.topics(supervision.today().getYear()),
        units.all(),
        values,
        unitIds,
        errors,
        supervision.today().toString());
  }

  VisitView visit(long id) {
    SupervisionVisit visit = supervision.visit(id);
    List<VisitView.FindingRow> rows = new ArrayList<>();
    List<Long> unitIds = new ArrayList<>(visit.unitIds());
    List<Finding> findings = supervision.findingsOf(id);
    findings.forEach(f -> unitIds.add(f.unitId()));
    Map<Long, String> names = units.names(unitIds);
    for (Finding f : findings) {
      Rectification item = supervision.itemOf(f);
      rows.add(
          new VisitView.FindingRow(
              f,
              names.getOrDefault(f.unitId(), ""),
              item,
              item.overdueOn(supervision.today()),
              supervision.movesOn(f),
              attachments.mayChange(EVIDENCE, f.id()),
              attachments.of(EVIDENCE, f.id())));
    }
    Map<Long, String> visited = new java.util.LinkedHashMap<>();
    visit.unitIds().forEach(u -> visited.put(u, names.getOrDefault(u, "#" + u)));
    boolean mayRecord = supervision.mayRecordOn(visit);
    String plan =
        visit.planId() == null
            ? null
            : plans.topics(visit.visitedOn().getYear()).get(visit.planId());
    return new VisitView(
        visit,
        supervision.squadNames().getOrDefault(visit.squadId(), ""),
        plan,
        visited,
        rows,
        outcomes.of(id),
        mayRecord,
        mayRecord ? units.all() : Map.of(),
        OUTCOME_REGISTERS,
        supervision.today().toString(),
        attachments.acceptedExtensions());
  }

  String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
