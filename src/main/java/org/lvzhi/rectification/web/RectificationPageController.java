package org.lvzhi.rectification.web;

import java.util.TreeMap;
import org.lvzhi.rectification.ProblemSources;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the panels: each move answers with a redirect to the page it came from and a
 * message.
 */
@Controller
class RectificationPageController {

  private final Rectifications rectifications;
  private final ProblemSources sources;
  private final RectificationViews views;

  RectificationPageController(
      Rectifications rectifications, ProblemSources sources, RectificationViews views) {
    this.rectifications = rectifications;
    this.sources = sources;
    this.views = views;
  }

  /** The register's blank form: problems are raised on their source record's page instead. */
  @GetMapping("/registry/" + Rectifications.REGISTER + "/new")
  String noBlankForm(RedirectAttributes redirect) {
    Flash.warning(redirect, views.text("rectification.raiseOnSource"));
    return "redirect:/registry/" + Rectifications.REGISTER;
  }

  @PostMapping("/rectifications/raise")
  String raise(
      @RequestParam String sourceType,
      @RequestParam long sourceId,
      @RequestParam String sourceRegister,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String raisedOn,
      RedirectAttributes redirect) {
    long id;
    try {
      id =
          sources.raiseOn(
              sourceType,
              sourceRegister,
              sourceId,
              title,
              description,
              DueDates.parse("raisedOn", raisedOn));
    } catch (InvalidInputException | RecordConflictException e) {
      Flash.warning(redirect, message(e));
      return Rectifications.isRegisterName(sourceRegister)
          ? "redirect:/registry/" + sourceRegister + "/" + sourceId
          : "redirect:/registry/" + Rectifications.REGISTER;
    }
    Flash.notice(redirect, views.text("rectification.raised"));
    return "redirect:" + Rectifications.path(id);
  }

  @PostMapping("/rectifications/{id}/assign")
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "") String dueOn,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "rectification.assigned",
        () -> rectifications.assign(id, unitId, DueDates.parse(dueOn), DueDates.parse("on", on)));
  }

  @PostMapping("/rectifications/{id}/acknowledge")
  String acknowledge(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "rectification.acknowledged",
        () -> rectifications.acknowledge(id, DueDates.parse("on", on)));
  }

  @PostMapping("/rectifications/{id}/resolve")
  String resolve(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String measures,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "rectification.resolved",
        () -> rectifications.resolve(id, measures, DueDates.parse("on", on)));
  }

  @PostMapping("/rectifications/{id}/verify")
  String verify(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "rectification.verified",
        () -> rectifications.verify(id, DueDates.parse("on", on)));
  }

  @PostMapping("/rectifications/{id}/reopen")
  String reopen(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "rectification.reopened",
        () -> rectifications.reopen(id, reason, DueDates.parse("on", on)));
  }

  /**
   * Makes a move and returns to the problem; a refused move says why there. Out of scope stays 404.
   */
  private String attempt(long id, RedirectAttributes redirect, String doneKey, Runnable move) {
    Flash.attempt(redirect, views.text(doneKey), move);
    return "redirect:" + Rectifications.path(id);
  }

  private static String message(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return String.join(" ", new TreeMap<>(invalid.fieldErrors()).values());
    }
    return e.getMessage();
  }
}
