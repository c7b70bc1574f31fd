package org.lvzhi.proposal.web;

import java.util.Map;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.proposal.Proposal;
import org.lvzhi.proposal.Proposals;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RecordConflictException;
import org.lvzhi.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member writes a proposal on their phone: the drafting form (save as draft, or save and submit),
 * editing a draft or a returned proposal, and the member's own list. The office records a proposal
 * handed in on paper through the same form, which submits it at once. A refused save shows the form
 * again as typed, with the problems beside the fields.
 */
@Controller
class DraftPages {

  private final Proposals proposals;
  private final Members members;
  private final Sessions sessions;
  private final MessageSource messages;

  DraftPages(Proposals proposals, Members members, Sessions sessions, MessageSource messages) {
    this.proposals = proposals;
    this.members = members;
    this.sessions = sessions;
    this.messages = messages;
  }

  @GetMapping("/proposals/mine")
  String mine(Model model) {
    model.addAttribute("proposals", proposals.mine());
    return "proposal/mine";
  }

  @GetMapping("/proposals/new")
  String blank(Model model) {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.DRAFT);
    Map<Long, String> sessionNames = sessions.all();
    DraftInput blank =
        DraftInput.blank(sessionNames.isEmpty() ? null : sessionNames.keySet().iterator().next());
    model.addAttribute("form", new DraftForm(null, blank, office(user), choices(user), Map.of()));
    return "proposal/form";
  }

  @PostMapping("/proposals")
  String create(
      @ModelAttribute DraftInput typed,
      @RequestParam(required = false) Long leadMemberId,
      @RequestParam(defaultValue = "save") String then,
      Model model,
      RedirectAttributes redirect) {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.DRAFT);
    DraftForm form = new DraftForm(null, typed, office(user), choices(user), Map.of());
    try {
      Proposal saved =
          proposals.draft(
              typed.draft(leadMemberId),
              DateInput.parse("submittedOn", "proposal.submittedOn", typed.submittedOn()));
      if (!office(user) && "submit".equals(then)) {
        proposals.submit(saved.id(), null);
        Flash.notice(redirect, text("proposal.done.submit"));
      } else {
        Flash.notice(redirect, text(office(user) ? "proposal.done.submit" : "proposal.done.draft"));
      }
      return "redirect:/registry/" + Proposals.REGISTER + "/" + saved.id();
    } catch (InvalidInputException e) {
      model.addAttribute("form", refused(form, e));
      return "proposal/form";
    }
  }

  @GetMapping("/proposals/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.DRAFT);
    model.addAttribute(
        "form",
        new DraftForm(id, DraftInput.of(proposals.get(id)), office(user), choices(user), Map.of()));
    return "proposal/form";
  }

  @PostMapping("/proposals/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute DraftInput typed,
      @RequestParam(defaultValue = "save") String then,
      Model model,
      RedirectAttributes redirect) {
    LvzhiUser user = CurrentUser.requirePermission(Proposals.DRAFT);
    DraftForm form = new DraftForm(id, typed, office(user), choices(user), Map.of());
    Proposal current = proposals.get(id);
    try {
      proposals.revise(id, typed.draft(current.leadMemberId()));
      if ("submit".equals(then)) {
        proposals.submit(id, null);
        Flash.notice(redirect, text("proposal.done.submit"));
      } else {
        Flash.notice(redirect, text("proposal.done.draft"));
      }
    } catch (InvalidInputException e) {
      model.addAttribute("form", refused(form, e));
      return "proposal/form";
    } catch (RecordConflictException e) {
      Flash.warning(redirect, e.getMessage());
    }
    return "redirect:/registry/" + Proposals.REGISTER + "/" + id;
  }

  private DraftForm.Choices choices(LvzhiUser user) {
    Map<Long, String> everyone = members.names(members.serving(new Members.Group.Everyone()));
    Map<Long, String> sorted = new java.util.TreeMap<>(everyone);
    if (user.memberId() != null) {
      sorted.remove(user.memberId());
    }
    return new DraftForm.Choices(
        sorted, sessions.all(), members.sectors(), members.specialCommittees());
  }

  private static DraftForm refused(DraftForm form, InvalidInputException e) {
    return new DraftForm(form.id(), form.input(), form.office(), form.choices(), e.fieldErrors());
  }

  private static boolean office(LvzhiUser user) {
    return user.role() != Role.MEMBER;
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
