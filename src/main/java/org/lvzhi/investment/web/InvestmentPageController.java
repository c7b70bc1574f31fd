package org.lvzhi.investment.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.lvzhi.investment.Projects;
import org.lvzhi.investment.Shepherding;
import org.lvzhi.investment.Stage;
import org.lvzhi.investment.Wan;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a project's stage and shepherding panels; each returns to the project's page with a
 * message.
 */
@Controller
@RequestMapping("/investment/projects/{id}")
class InvestmentPageController {

  private final Projects projects;
  private final Shepherding shepherding;
  private final MessageSource messages;

  InvestmentPageController(Projects projects, Shepherding shepherding, MessageSource messages) {
    this.projects = projects;
    this.shepherding = shepherding;
    this.messages = messages;
  }

  @PostMapping("/advance")
  String advance(
      @PathVariable long id,
      @RequestParam Stage stage,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    return attempt(id, redirect, () -> projects.advance(id, stage, on, note));
  }

  @PostMapping("/sign")
  String sign(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String amountWan,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(defaultValue = "false") boolean viaPlatform,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, () -> projects.sign(id, Wan.parse("amountWan", amountWan), on, viaPlatform));
  }

  @PostMapping("/increase")
  String increase(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String newTotalWan,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        () -> projects.increaseContract(id, Wan.parse("newTotalWan", newTotalWan), on));
  }

  @PostMapping("/suspend")
  String suspend(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      RedirectAttributes redirect) {
    return attempt(id, redirect, () -> projects.suspend(id, reason, on));
  }

  @PostMapping("/resume")
  String resume(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      RedirectAttributes redirect) {
    return attempt(id, redirect, () -> projects.resume(id, on));
  }

  @PostMapping("/target")
  String target(
      @PathVariable long id,
      @RequestParam @Min(1900) @Max(2100) int year,
      @RequestParam(defaultValue = "") String targetWan,
      RedirectAttributes redirect) {
    attempt(id, redirect, () -> shepherding.setTarget(id, year, Wan.parse("targetWan", targetWan)));
    return "redirect:/registry/investment-projects/" + id + "?year=" + year;
  }

  @PostMapping("/ledger")
  String ledger(
      @PathVariable long id,
      @RequestParam @Min(1900) @Max(2100) int year,
      @RequestParam int month,
      @RequestParam(defaultValue = "") String plannedWan,
      @RequestParam(defaultValue = "") String completedWan,
      RedirectAttributes redirect) {
    attempt(
        id,
        redirect,
        () ->
            shepherding.recordMonth(
                id,
                year,
                month,
                Wan.parse("plannedWan", plannedWan),
                Wan.parse("completedWan", completedWan)));
    return "redirect:/registry/investment-projects/" + id + "?year=" + year;
  }

  private String attempt(long id, RedirectAttributes redirect, Runnable change) {
    try {
      change.run();
      Flash.notice(
          redirect, messages.getMessage("register.saved", null, LocaleContextHolder.getLocale()));
    } catch (RecordConflictException e) {
      Flash.warning(redirect, e.getMessage());
    } catch (InvalidInputException e) {
      Flash.warning(redirect, e.summary());
    }
    return "redirect:/registry/investment-projects/" + id;
  }
}
