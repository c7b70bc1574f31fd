package org.lvzhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.supervision.Finding;
import org.lvzhi.supervision.Outcomes;
import org.lvzhi.supervision.Supervision;
import org.lvzhi.supervision.SupervisionStatistics;
import org.lvzhi.supervision.SupervisionVisit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision through the API: record a squad's visit and its findings, the squad's verify and
 * reopen, outcome links and the statistics. Lists, search and Excel are the registers': {@code
 * /api/v1/supervision-visits}, {@code -findings}, {@code -outcomes}, {@code -plans}, {@code
 * -squads}. The unit answers through {@code /api/v1/rectifications/{id}/...}.
 */
@RestController
@Tag(name = "Supervision", description = "民主监督：监督活动、发现问题、整改核实、监督成果、统计 — democratic supervision")
class SupervisionApiController {

  record SupervisionVisitRequest(
      Long squadId,
      Long planId,
      String title,
      LocalDate visitedOn,
      String mode,
      String manner,
      List<Long> unitIds,
      String summary) {}

  record SupervisionFindingRequest(
      String category,
      String origin,
      String description,
      LocalDate foundOn,
      Long unitId,
      LocalDate dueOn) {}

  record SupervisionReopenRequest(String reason) {}

  record SupervisionOutcomeRequest(
      String register, Long recordId, String kind, LocalDate formedOn) {}

  record SupervisionCreated(long id) {}

  record SupervisionFindingCreated(long id, long problemId) {}

  record SupervisionFindingResponse(
      long id,
      String category,
      String origin,
      String description,
      LocalDate foundOn,
      long unitId,
      long problemId,
      String status,
      LocalDate dueOn,
      String measures) {

    static SupervisionFindingResponse of(Finding f, Rectification item) {
      return new SupervisionFindingResponse(
          f.id(),
          f.category().name(),
          f.origin().name(),
          f.description(),
          f.foundOn(),
          f.unitId(),
          f.rectificationId(),
          item.status().name(),
          item.dueOn(),
          item.measures());
    }
  }

  record SupervisionVisitResponse(
      long id,
      long activityId,
      long squadId,
      Long planId,
      String title,
      LocalDate visitedOn,
      String mode,
      String manner,
      List<Long> unitIds,
      String summary,
      List<SupervisionFindingResponse> findings) {}

  record SupervisionOutcomeResponse(
      long id, String register, long recordId, String title, String kind, LocalDate formedOn) {}

  record SupervisionFigure(String name, String unit, BigDecimal value, List<String> records) {}

  record SupervisionStatisticsResponse(
      LocalDate from,
      LocalDate to,
      List<SupervisionFigure> figures,
      Map<String, Long> byCategory,
      Map<String, Long> byMode,
      Map<String, Long> byManner,
      Map<String, Long> byKind) {}

  private final Supervision supervision;
  private final Outcomes outcomes;
  private final StatisticsPages statistics;

  SupervisionApiController(Supervision supervision, Outcomes outcomes, StatisticsPages statistics) {
    this.supervision = supervision;
    this.outcomes = outcomes;
    this.statistics = statistics;
  }

  @PostMapping("/api/v1/supervision/visits")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record a squad's visit (and its activity); mode ROUTINE|IRREGULAR|RANDOM, manner OPEN_INSPECTION|UNANNOUNCED|FORUM|QUESTIONNAIRE")
  SupervisionCreated record(@RequestBody SupervisionVisitRequest in) {
    return new SupervisionCreated(
        supervision.recordVisit(
            new SupervisionVisit.Input(
                in.squadId(),
                in.planId(),
                in.title(),
                in.visitedOn(),
                in.mode(),
                in.manner(),
                in.unitIds(),
                in.summary())));
  }

  @GetMapping("/api/v1/supervision/visits/{id}")
  @Operation(summary = "A visit with its findings and where their rectification stands")
  SupervisionVisitResponse visit(@PathVariable long id) {
    SupervisionVisit v = supervision.visit(id);
    return new SupervisionVisitResponse(
        v.id(),
        v.activityId(),
        v.squadId(),
        v.planId(),
        v.title(),
        v.visitedOn(),
        v.mode().name(),
        v.manner().name(),
        v.unitIds(),
        v.summary(),
        supervision.findingsOf(id).stream()
            .map(f -> SupervisionFindingResponse.of(f, supervision.itemOf(f)))
            .toList());
  }

  @PostMapping("/api/v1/supervision/visits/{id}/findings")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Record a problem found; it is raised and assigned to the unit as a rectification item (category APPROVALS|FEES|SERVICE_ATTITUDE|POLICY_DELIVERY|OTHER, origin SQUAD|ENTERPRISE)")
  SupervisionFindingCreated finding(
      @PathVariable long id, @RequestBody SupervisionFindingRequest in) {
    long finding =
        supervision.recordFinding(
            id,
            new Finding.Input(
                in.category(),
                in.origin(),
                in.description(),
                in.foundOn(),
                in.unitId(),
                in.dueOn()));
    return new SupervisionFindingCreated(finding, supervision.finding(finding).rectificationId());
  }

  @PostMapping("/api/v1/supervision/findings/{id}/verify")
  @Operation(summary = "The squad verifies what the unit resolved")
  SupervisionFindingResponse verify(@PathVariable long id) {
    return SupervisionFindingResponse.of(supervision.finding(id), supervision.verify(id));
  }

  @PostMapping("/api/v1/supervision/findings/{id}/reopen")
  @Operation(summary = "The squad sends a resolved item back to the unit, saying why")
  SupervisionFindingResponse reopen(
      @PathVariable long id, @RequestBody(required = false) SupervisionReopenRequest in) {
    return SupervisionFindingResponse.of(
        supervision.finding(id), supervision.reopen(id, in == null ? null : in.reason()));
  }

  @PostMapping("/api/v1/supervision/visits/{id}/outcomes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Link a record of another register (outputs, proposals, opinion-reports …) as an outcome of the visit")
  SupervisionCreated link(@PathVariable long id, @RequestBody SupervisionOutcomeRequest in) {
    return new SupervisionCreated(
        outcomes.link(
            id, new Outcomes.Input(in.register(), in.recordId(), in.kind(), in.formedOn())));
  }

  @GetMapping("/api/v1/supervision/visits/{id}/outcomes")
  @Operation(summary = "The visit's outcomes")
  List<SupervisionOutcomeResponse> outcomes(@PathVariable long id) {
    return outcomes.of(id).stream()
        .map(
            o ->
                new SupervisionOutcomeResponse(
                    o.id(), o.register(), o.recordId(), o.title(), o.kind().name(), o.formedOn()))
        .toList();
  }

  @GetMapping("/api/v1/supervision/statistics")
  @Operation(summary = "The figures of a period (both days included; this year by default)")
  SupervisionStatisticsResponse statistics(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    SupervisionStatistics.Statistics s = statistics.of(from, to);
    return new SupervisionStatisticsResponse(
        s.from(),
        s.to(),
        s.figures().stream()
            .map(
                f ->
                    new SupervisionFigure(
                        f.name(),
                        f.unit(),
                        f.value(),
                        f.sources().stream().map(src -> src.href()).toList()))
            .toList(),
        names(s.byCategory()),
        names(s.byMode()),
        names(s.byManner()),
        names(s.byKind()));
  }

  private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
    Map<String, Long> named = new java.util.LinkedHashMap<>();
    counts.forEach((k, v) -> named.put(k.name(), v));
    return named;
  }
}
