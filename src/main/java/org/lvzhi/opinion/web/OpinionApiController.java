package org.lvzhi.opinion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.opinion.Bulletin;
import org.lvzhi.opinion.Bulletins;
import org.lvzhi.opinion.OpinionReport;
import org.lvzhi.opinion.OpinionReports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opinion reports and bulletins through the API: every button of the panels. Writing, listing,
 * reading, history and Excel are the registers': {@code /api/v1/opinion-reports} (a saved report:
 * title, content, leadMemberId, coAuthors, sectorId; filters f_status, f_leadMemberId, f_sectorId,
 * f_submittedOn.from|to) and {@code /api/v1/bulletins} (a new issue: name, issueYear; its number is
 * given).
 */
@RestController
@Tag(name = "Opinion", description = "社情民意信息：报送、筛选编辑、审核、签发、编入刊物、刊发 — opinion reports and bulletins")
class OpinionApiController {

  record On(LocalDate on) {}

  record Reason(String reason) {}

  record Edit(String editedContent) {}

  record Compile(Long reportId) {}

  /** A report where it stands after a move. */
  record Report(
      long id,
      String title,
      String status,
      long leadMemberId,
      List<Long> coAuthors,
      Long sectorId,
      String content,
      String editedContent,
      LocalDate submittedOn,
      String notAdoptedReason,
      String signedOffBy,
      Long bulletinId,
      LocalDate publishedOn,
      int version) {

    static Report of(OpinionReport r) {
      return new Report(
          r.id(),
          r.title(),
          r.status().name(),
          r.leadMemberId(),
          r.coAuthors(),
          r.sectorId(),
          r.content(),
          r.editedContent(),
          r.submittedOn(),
          r.notAdoptedReason(),
          r.signedOffBy(),
          r.bulletinId(),
          r.publishedOn(),
          r.version());
    }
  }

  /** An issue and its reports in order. */
  record Issue(
      long id,
      String name,
      int year,
      int number,
      String status,
      LocalDate publishedOn,
      List<Report> reports) {

    static Issue of(Bulletins.Issue issue) {
      Bulletin b = issue.bulletin();
      return new Issue(
          b.id(),
          b.name(),
          b.year(),
          b.number(),
          b.status().name(),
          b.publishedOn(),
          issue.reports().stream().map(Report::of).toList());
    }
  }

  private final OpinionReports reports;
  private final Bulletins bulletins;

  OpinionApiController(OpinionReports reports, Bulletins bulletins) {
    this.reports = reports;
    this.bulletins = bulletins;
  }

  @GetMapping("/api/v1/opinion-reports/{id}/workflow")
  @Operation(summary = "A report with its workflow fields")
  Report get(@PathVariable long id) {
    return Report.of(reports.get(id));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/submit")
  @Operation(summary = "Submit a saved report to the office (on: the date, not in the future)")
  Report submit(@PathVariable long id, @RequestBody(required = false) On on) {
    return Report.of(reports.submit(id, on == null ? null : on.on()));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/withdraw")
  @Operation(summary = "Take a submitted report back before the office screens it")
  Report withdraw(@PathVariable long id) {
    return Report.of(reports.withdraw(id));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/not-adopt")
  @Operation(summary = "The office does not adopt the report, with the reason")
  Report notAdopt(@PathVariable long id, @RequestBody Reason reason) {
    return Report.of(reports.notAdopt(id, reason.reason()));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/edit")
  @Operation(summary = "The office edits the report (its text kept beside the original)")
  Report edit(@PathVariable long id, @RequestBody Edit edit) {
    return Report.of(reports.edit(id, edit.editedContent()));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/review")
  @Operation(summary = "The office reviews the edited report")
  Report review(@PathVariable long id) {
    return Report.of(reports.review(id));
  }

  @PostMapping("/api/v1/opinion-reports/{id}/sign-off")
  @Operation(summary = "A leader signs the reviewed report off")
  Report signOff(@PathVariable long id) {
    return Report.of(reports.signOff(id));
  }

  @GetMapping("/api/v1/bulletins/{id}/issue")
  @Operation(summary = "An issue with its reports in order")
  Issue issue(@PathVariable long id) {
    return Issue.of(bulletins.issue(id));
  }

  @PostMapping("/api/v1/bulletins/{id}/reports")
  @Operation(summary = "Compile a signed-off report into the draft issue (appended)")
  Issue compile(@PathVariable long id, @RequestBody Compile compile) {
    if (compile.reportId() == null) {
      throw new org.lvzhi.system.InvalidInputException(
          java.util.Map.of("reportId", org.lvzhi.system.Texts.of("opinion.input.reportMissing")));
    }
    return Issue.of(bulletins.compile(id, compile.reportId()));
  }

  @DeleteMapping("/api/v1/bulletins/{id}/reports/{reportId}")
  @Operation(summary = "Take a report out of the draft issue")
  Issue remove(@PathVariable long id, @PathVariable long reportId) {
    return Issue.of(bulletins.remove(id, reportId));
  }

  @PostMapping("/api/v1/bulletins/{id}/publish")
  @Operation(summary = "Publish the issue and every report in it (on: the date, not in the future)")
  Issue publish(@PathVariable long id, @RequestBody(required = false) On on) {
    return Issue.of(bulletins.publish(id, on == null ? null : on.on()));
  }

  @PostMapping("/api/v1/bulletins/{id}/unpublish")
  @Operation(summary = "Withdraw a published issue: a draft again with its number")
  Issue unpublish(@PathVariable long id) {
    return Issue.of(bulletins.unpublish(id));
  }

  @GetMapping("/api/v1/bulletins/{id}/issue.docx")
  @Operation(summary = "The issue as an official-style Word document")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return OpinionPageController.docxOf(bulletins, id);
  }
}
