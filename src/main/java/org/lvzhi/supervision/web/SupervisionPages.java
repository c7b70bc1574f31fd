package org.lvzhi.supervision.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.supervision.Finding;
import org.lvzhi.supervision.Outcomes;
import org.lvzhi.supervision.Supervision;
import org.lvzhi.supervision.SupervisionVisit;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision pages: the home, the phone-first visit form, the visit's page with its findings
 * and outcomes, and the squad's moves on them (each returns to the visit's page with a message).
 */
@Controller
class SupervisionPages {

  private final Supervision supervision;
  private final Outcomes outcomes;
  private final SupervisionViews views;

  SupervisionPages(Supervision supervision, Outcomes outcomes, SupervisionViews views) {
    this.supervision = supervision;
    this.outcomes = outcomes;
    this.views = views;
  }

  @GetMapping("/supervision")
  String home(Model model) {
    CurrentUser.requirePermission("supervision:view");
    model.addAttribute("home", views.home());
    return "supervision/home";
  }

  @GetMapping("/supervision/visits/new")
  String newVisit(Model model) {
    CurrentUser.requirePermission("supervision:record");
    Map<String, String> values = new HashMap<>();
    values.put("visitedOn", supervision.today().toString());
    model.addAttribute("form", views.form(values, List.of(), Map.of()));
    return "supervision/visit-form";
  }

  @PostMapping("/supervision/visits")
  String record(
      @RequestParam Map<String, String> params,
      @RequestParam(name = "unitIds", required = false) List<String> unitIds,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser.requirePermission("supervision:record");
    List<Long> units = List.of();
    try {
      units = Dates.ids("unitIds", unitIds);
      long id =
          supervision.recordVisit(
              new SupervisionVisit.Input(
                  Dates.id("squadId", params.get("squadId")),
                  Dates.id("planId", params.get("planId")),
                  params.get("title"),
                  Dates.parse("visitedOn", params.get("visitedOn")),
                  params.get("mode"),
                  params.get("manner"),
                  units,
                  params.get("summary")));
      Flash.notice(redirect, views.text("supervision.visit.recorded"));
      return "redirect:" + SupervisionVisit.path(id);
    } catch (InvalidInputException e) {
      model.addAttribute("form", views.form(params, units, e.fieldErrors()));
      return "supervision/visit-form";
    }
  }

  @GetMapping("/supervision/visits/{id}")
  String visit(@PathVariable long id, Model model) {
    model.addAttribute("page", views.visit(id));
    return "supervision/visit";
  }

  @PostMapping("/supervision/visits/{id}/findings")
  String finding(
      @PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes r) {
    Flash.attempt(
        r,
        views.text("supervision.finding.recorded"),
        () ->
            supervision.recordFinding(
                id,
                new Finding.Input(
                    params.get("category"),
                    params.get("origin"),
                    params.get("description"),
                    Dates.parse("foundOn", params.get("foundOn")),
                    Dates.id("unitId", params.get("unitId")),
                    Dates.parse("dueOn", params.get("dueOn")))));
    return "redirect:" + SupervisionVisit.path(id) + "#findings";
  }

  @PostMapping("/supervision/findings/{id}/verify")
  String verify(@PathVariable long id, RedirectAttributes r) {
    Finding finding = supervision.finding(id);
    Flash.attempt(r, views.text("supervision.finding.verified"), () -> supervision.verify(id));
    return back(finding);
  }

  @PostMapping("/supervision/findings/{id}/reopen")
  String reopen(
      @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r) {
    Finding finding = supervision.finding(id);
    Flash.attempt(
        r, views.text("supervision.finding.reopened"), () -> supervision.reopen(id, reason));
    return back(finding);
  }

  @PostMapping("/supervision/visits/{id}/outcomes")
  String outcome(
      @PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes r) {
    Flash.attempt(
        r,
        views.text("supervision.outcome.linked"),
        () ->
            outcomes.link(
                id,
                new Outcomes.Input(
                    params.get("register"),
                    Dates.id("recordId", params.get("recordId")),
                    params.get("kind"),
                    Dates.parse("formedOn", params.get("formedOn")))));
    return "redirect:" + SupervisionVisit.path(id) + "#outcomes";
  }

  private static String back(Finding finding) {
    return "redirect:" + SupervisionVisit.path(finding.visitId()) + "#finding-" + finding.id();
  }
}
