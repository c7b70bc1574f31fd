package org.lvzhi.opinion.web;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.lvzhi.opinion.Bulletins;
import org.lvzhi.opinion.OpinionReports;
import org.lvzhi.output.FormDates;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the report's and the panels: each move returns to the record's page with a
 * message (a refusal says why there; out of scope stays 404, a wrong role 403). And the issue's
 * .docx.
 */
@Controller
class OpinionPageController {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final OpinionReports reports;
  private final Bulletins bulletins;
  private final OpinionViews views;

  OpinionPageController(OpinionReports reports, Bulletins bulletins, OpinionViews views) {
    this.reports = reports;
    this.bulletins = bulletins;
    this.views = views;
  }

  @PostMapping("/opinion/reports/{id}/submit")
  String submit(
      @PathVariable long id, @RequestParam(defaultValue = "") String on, RedirectAttributes r) {
    return report(id, r, "opinion.submitted", () -> reports.submit(id, FormDates.parse("on", on)));
  }

  @PostMapping("/opinion/reports/{id}/withdraw")
  String withdraw(@PathVariable long id, RedirectAttributes r) {
    return report(id, r, "opinion.withdrawn", () -> reports.withdraw(id));
  }

  @PostMapping("/opinion/reports/{id}/not-adopt")
  String notAdopt(
      @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r) {
    return report(id, r, "opinion.notAdopted", () -> reports.notAdopt(id, reason));
  }

  @PostMapping("/opinion/reports/{id}/edit")
  String edit(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String editedContent,
      RedirectAttributes r) {
    return report(id, r, "opinion.edited", () -> reports.edit(id, editedContent));
  }

  @PostMapping("/opinion/reports/{id}/review")
  String review(@PathVariable long id, RedirectAttributes r) {
    return report(id, r, "opinion.reviewed", () -> reports.review(id));
  }

  @PostMapping("/opinion/reports/{id}/sign-off")
  String signOff(@PathVariable long id, RedirectAttributes r) {
    return report(id, r, "opinion.signedOff", () -> reports.signOff(id));
  }

  @PostMapping("/opinion/bulletins/{id}/compile")
  String compile(@PathVariable long id, @RequestParam long reportId, RedirectAttributes r) {
    return bulletin(id, r, "opinion.bulletin.compiled", () -> bulletins.compile(id, reportId));
  }

  @PostMapping("/opinion/bulletins/{id}/remove")
  String remove(@PathVariable long id, @RequestParam long reportId, RedirectAttributes r) {
    return bulletin(id, r, "opinion.bulletin.removed", () -> bulletins.remove(id, reportId));
  }

  @PostMapping("/opinion/bulletins/{id}/publish")
  String publish(
      @PathVariable long id, @RequestParam(defaultValue = "") String on, RedirectAttributes r) {
    return bulletin(
        id,
        r,
        "opinion.bulletin.published",
        () -> bulletins.publish(id, FormDates.parse("on", on)));
  }

  @PostMapping("/opinion/bulletins/{id}/unpublish")
  String unpublish(@PathVariable long id, RedirectAttributes r) {
    return bulletin(id, r, "opinion.bulletin.unpublished", () -> bulletins.unpublish(id));
  }

  @GetMapping("/opinion/bulletins/{id}/issue.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return docxOf(bulletins, id);
  }

  /** The issue's .docx as a download named after the issue. */
  static ResponseEntity<byte[]> docxOf(Bulletins bulletins, long id) {
    byte[] bytes = bulletins.docx(id);
    String name = bulletins.fileName(id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(DOCX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  private String report(long id, RedirectAttributes r, String done, Runnable move) {
    return attempt(r, done, move, OpinionReports.path(id));
  }

  private String bulletin(long id, RedirectAttributes r, String done, Runnable move) {
    return attempt(r, done, move, "/registry/" + Bulletins.REGISTER + "/" + id);
  }

  private String attempt(RedirectAttributes r, String done, Runnable move, String back) {
    try {
      move.run();
      Flash.notice(r, views.text(done));
    } catch (InvalidInputException e) {
      Flash.warning(r, String.join(" ", new TreeMap<>(e.fieldErrors()).values()));
    } catch (RecordConflictException e) {
      Flash.warning(r, e.getMessage());
    }
    return "redirect:" + back;
  }
}
