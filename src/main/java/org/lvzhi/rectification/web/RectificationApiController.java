package org.lvzhi.rectification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.rectification.ProblemSources;
import org.lvzhi.rectification.ProblemSummary;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.rectification.SourceType;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problems through the API: raising one on a source record and every button of the workflow panel.
 * Lists, reading, history and the Excel export are the register's: {@code GET
 * /api/v1/rectifications} (filters f_status, f_unitId, f_sourceType, f_overdue,
 * f_raisedOn.from|to), {@code /{id}}, {@code /{id}/history}, {@code /export.xlsx}.
 */
@RestController
@Tag(
    name = "Rectification",
    description = "问题整改：提出、交办、签收、反馈、核实销号、退回 — problems raised, assigned, resolved, verified")
class RectificationApiController {

  /**
   * A problem to raise on a record of a register: {@code /registry/{sourceRegister}/{sourceId}}.
   */
  record Raise(
      String sourceType,
      Long sourceId,
      String sourceRegister,
      String title,
      String description,
      String raisedOn) {}

  record Assign(Long unitId, String dueOn, String on) {}

  /** The date a move happened, where the clerk gives one (today otherwise). */
  record On(String on) {}

  record Resolve(String measures, String on) {}

  record Reopen(String reason, String on) {}

  /** A problem where it stands after a move. */
  record Problem(
      long id,
      String title,
      String status,
      String sourceType,
      long sourceId,
      String sourceLabel,
      String sourcePath,
      Long unitId,
      LocalDate dueOn,
      boolean overdue,
      String measures,
      String reopenReason,
      LocalDate raisedOn,
      String raisedBy,
      LocalDate assignedOn,
      LocalDate acknowledgedOn,
      LocalDate resolvedOn,
      LocalDate verifiedOn,
      LocalDate reopenedOn,
      int version) {}

  /** A source record's problems, as the current user may see them. */
  record OfSource(List<ProblemSummary> problems, long open, long overdue) {}

  private final Rectifications rectifications;
  private final ProblemSources sources;

  RectificationApiController(Rectifications rectifications, ProblemSources sources) {
    this.rectifications = rectifications;
    this.sources = sources;
  }

  @PostMapping("/api/v1/rectifications")
  @Operation(
      summary = "Raise a problem on a source record",
      description =
          "sourceType: project | supervision; the source is the record /registry/{sourceRegister}/{sourceId},"
              + " which the user must be able to see; it names the problem's source. 201 with the problem.")
  ResponseEntity<Problem> raise(@RequestBody Raise raise) {
    long id =
        sources.raiseOn(
            raise.sourceType(),
            raise.sourceRegister(),
            raise.sourceId(),
            raise.title(),
            raise.description(),
            DueDates.parse("raisedOn", raise.raisedOn()));
    return ResponseEntity.created(URI.create("/api/v1/rectifications/" + id))
        .body(json(rectifications.get(id)));
  }

  @GetMapping("/api/v1/rectifications/by-source")
  @Operation(summary = "A source record's problems, with how many are open and overdue")
  OfSource ofSource(@RequestParam String sourceType, @RequestParam long sourceId) {
    if (!SourceType.known(sourceType)) {
      throw new InvalidInputException(
          Map.of("sourceType", Texts.of("rectification.unknownSourceType", sourceType)));
    }
    List<ProblemSummary> problems = rectifications.of(sourceType, sourceId);
    return new OfSource(
        problems,
        problems.stream().filter(p -> p.status().open()).count(),
        problems.stream().filter(ProblemSummary::overdue).count());
  }

  @PostMapping("/api/v1/rectifications/{id}/assign")
  @Operation(
      summary =
          "Assign (or re-assign) the problem to a unit with a due date (ISO date, not before today)")
  Problem assign(@PathVariable long id, @RequestBody Assign assign) {
    return json(
        rectifications.assign(
            id,
            assign.unitId(),
            DueDates.parse(assign.dueOn()),
            DueDates.parse("on", assign.on())));
  }

  @PostMapping("/api/v1/rectifications/{id}/acknowledge")
  @Operation(summary = "The assigned unit acknowledges the problem and starts work")
  Problem acknowledge(@PathVariable long id, @RequestBody(required = false) On on) {
    return json(rectifications.acknowledge(id, DueDates.parse("on", on == null ? null : on.on())));
  }

  @PostMapping("/api/v1/rectifications/{id}/resolve")
  @Operation(summary = "The assigned unit reports the problem resolved, with the measures taken")
  Problem resolve(@PathVariable long id, @RequestBody Resolve resolve) {
    return json(rectifications.resolve(id, resolve.measures(), DueDates.parse("on", resolve.on())));
  }

  @PostMapping("/api/v1/rectifications/{id}/verify")
  @Operation(summary = "The office verifies the result and closes the problem")
  Problem verify(@PathVariable long id, @RequestBody(required = false) On on) {
    return json(rectifications.verify(id, DueDates.parse("on", on == null ? null : on.on())));
  }

  @PostMapping("/api/v1/rectifications/{id}/reopen")
  @Operation(summary = "Send a resolved problem back, with the reason")
  Problem reopen(@PathVariable long id, @RequestBody Reopen reopen) {
    return json(rectifications.reopen(id, reopen.reason(), DueDates.parse("on", reopen.on())));
  }

  private Problem json(Rectification p) {
    return new Problem(
        p.id(),
        p.title(),
        p.status().name(),
        p.source().type().code(),
        p.source().id(),
        p.source().label(),
        p.source().path(),
        p.unitId(),
        p.dueOn(),
        p.overdueOn(rectifications.today()),
        p.measures(),
        p.reopenReason(),
        p.raisedOn(),
        p.raisedBy(),
        p.assignedOn(),
        p.acknowledgedOn(),
        p.resolvedOn(),
        p.verifiedOn(),
        p.reopenedOn(),
        p.version());
  }
}
