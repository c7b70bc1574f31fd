package org.lvzhi.proposal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.lvzhi.proposal.HandlingCodes.ContactManner;
import org.lvzhi.proposal.HandlingCodes.Rating;
import org.lvzhi.proposal.HandlingCodes.ReplyGrade;
import org.lvzhi.proposal.ProposalHandling;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.system.Flash;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a proposal's workflow panel: each move answers with a redirect to the proposal's
 * page and a message saying what happened or why it was refused. Out of scope stays 404, a missing
 * permission 403.
 */
@Controller
class ProposalPageController {

  private final Proposals proposals;
  private final ProposalHandling handling;
  private final MessageSource messages;

  ProposalPageController(Proposals proposals, ProposalHandling handling, MessageSource messages) {
    this.proposals = proposals;
    this.handling = handling;
    this.messages = messages;
  }

  @PostMapping("/proposals/{id}/submit")
  String submit(@PathVariable long id, RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.submit", () -> proposals.submit(id, null));
  }

  @PostMapping("/proposals/{id}/confirm")
  String confirm(@PathVariable long id, RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.confirm", () -> proposals.confirm(id));
  }

  @PostMapping("/proposals/{id}/decline")
  String decline(@PathVariable long id, RedirectAttributes redirect) {
    return Flash.attempt(redirect, text("proposal.done.decline"), () -> proposals.decline(id))
        ? "redirect:/proposals/mine"
        : "redirect:" + path(id);
  }

  @PostMapping("/proposals/{id}/withdraw")
  String withdraw(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.withdraw", () -> proposals.withdraw(id, reason, null));
  }

  @PostMapping("/proposals/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    return Flash.attempt(redirect, text("proposal.done.delete"), () -> proposals.deleteDraft(id))
        ? "redirect:/proposals/mine"
        : "redirect:" + path(id);
  }

  @PostMapping("/proposals/{id}/accept")
  String accept(
      @PathVariable long id,
      @RequestParam(required = false) Long sessionId,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.accept",
        () -> proposals.accept(id, sessionId, DateInput.on(on)));
  }

  @PostMapping("/proposals/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String ground,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.reject",
        () -> proposals.reject(id, ground.isBlank() ? null : ground, note, null));
  }

  @PostMapping("/proposals/{id}/return")
  String returnForRevision(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.return", () -> proposals.returnForRevision(id, note, null));
  }

  @PostMapping("/proposals/{id}/merge")
  String merge(
      @PathVariable long id,
      @RequestParam(required = false) Long survivorId,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.merge", () -> proposals.merge(id, survivorId, null));
  }

  @PostMapping("/proposals/{id}/key")
  String key(
      @PathVariable long id,
      @RequestParam(defaultValue = "true") boolean key,
      @RequestParam(required = false) Long supervisorMemberId,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.key", () -> proposals.markKey(id, key, supervisorMemberId));
  }

  @PostMapping("/proposals/{id}/urge")
  String urge(@PathVariable long id, RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.urge", () -> proposals.urge(id));
  }

  @PostMapping("/proposals/{id}/assign")
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) Long leadUnitId,
      @RequestParam(required = false) List<Long> coUnitIds,
      @RequestParam(defaultValue = "") String dueOn,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.assign",
        () ->
            handling.assign(
                id,
                leadUnitId,
                coUnitIds,
                DateInput.parse("dueOn", "proposal.dueOn", dueOn),
                null));
  }

  @PostMapping("/proposals/{id}/acknowledge")
  String acknowledge(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.acknowledge",
        () -> handling.acknowledge(id, DateInput.on(on)));
  }

  @PostMapping("/proposals/{id}/ask-return")
  String askReturn(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.askReturn", () -> handling.askReturn(id, reason));
  }

  @PostMapping("/proposals/{id}/refuse-return")
  String refuseReturn(
      @PathVariable long id,
      @RequestParam(required = false) Long unitId,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.refuseReturn", () -> handling.refuseReturn(id, unitId));
  }

  @PostMapping("/proposals/{id}/ask-extension")
  String askExtension(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String until,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.askExtension",
        () ->
            handling.askExtension(
                id, DateInput.parse("until", "proposal.extensionUntil", until), reason));
  }

  @PostMapping("/proposals/{id}/extension")
  String extension(
      @PathVariable long id, @RequestParam boolean grant, RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        grant ? "proposal.done.grantExtension" : "proposal.done.refuseExtension",
        () -> handling.settleExtension(id, grant));
  }

  @PostMapping("/proposals/{id}/contact")
  String contact(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String manner,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String on,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.contact",
        () ->
            handling.recordContact(
                id,
                DateInput.code(ContactManner.class, "manner", "proposal.contactManner", manner),
                note,
                DateInput.on(on)));
  }

  @PostMapping("/proposals/{id}/opinion")
  String opinion(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String opinion,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.opinion", () -> handling.sendOpinion(id, opinion, null));
  }

  @PostMapping("/proposals/{id}/reply")
  String reply(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String grade,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(defaultValue = "") String on,
      @RequestParam(required = false) MultipartFile letter,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.reply",
        () -> {
          try (InputStream content =
              letter == null || letter.isEmpty() ? null : letter.getInputStream()) {
            handling.reply(
                id,
                DateInput.code(ReplyGrade.class, "grade", "proposal.replyGrade", grade),
                text,
                letter == null ? null : letter.getOriginalFilename(),
                content,
                DateInput.on(on));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @PostMapping("/proposals/{id}/pass")
  String pass(@PathVariable long id, RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.pass", () -> handling.passReply(id, null));
  }

  @PostMapping("/proposals/{id}/rebut")
  String rebut(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(
        id, redirect, "proposal.done.rebut", () -> handling.rebutReply(id, reason, null));
  }

  @PostMapping("/proposals/{id}/rate")
  String rate(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String attitude,
      @RequestParam(defaultValue = "") String result,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(
        id,
        redirect,
        "proposal.done.rate",
        () ->
            handling.rate(
                id,
                DateInput.code(Rating.class, "attitude", "proposal.ratingAttitude", attitude),
                DateInput.code(Rating.class, "result", "proposal.ratingResult", result),
                reason,
                null));
  }

  @PostMapping("/proposals/{id}/messages")
  String post(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String body,
      RedirectAttributes redirect) {
    return attempt(id, redirect, "proposal.done.message", () -> proposals.post(id, body));
  }

  /** Makes a move and returns to the proposal; a refused move says why there. */
  private String attempt(long id, RedirectAttributes redirect, String doneKey, Runnable move) {
    Flash.attempt(redirect, text(doneKey), move);
    return "redirect:" + path(id);
  }

  private static String path(long id) {
    return "/registry/" + Proposals.REGISTER + "/" + id;
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
