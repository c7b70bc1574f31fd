package org.lvzhi.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.lvzhi.activity.InviteByName;
import org.lvzhi.activity.Participations;
import org.lvzhi.system.Flash;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.RecordConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the participants panel and the check-in page. Each answers with a redirect and a
 * message.
 */
@Controller
class ParticipationPageController {

  private static final String MY_ACTIVITIES = "/my/activities";
  private static final String LEAVE_REQUESTS = "/activities/leave-requests";
  private final Participations participations;
  private final LeaveRequestsPage leaveRequests;
  private final MyActivities myActivities;
  private final InviteByName inviteByName;
  private final CheckInQr qr;
  private final MessageSource messages;

  ParticipationPageController(
      Participations participations,
      MyActivities myActivities,
      InviteByName inviteByName,
      CheckInQr qr,
      LeaveRequestsPage leaveRequests,
      MessageSource messages) {
    this.leaveRequests = leaveRequests;
    this.participations = participations;
    this.inviteByName = inviteByName;
    this.myActivities = myActivities;
    this.qr = qr;
    this.messages = messages;
  }

  @PostMapping("/activities/{id}/invite")
  String invite(
      @PathVariable long id,
      @RequestParam(required = false) String group,
      @RequestParam(required = false) List<Long> memberIds,
      @RequestParam(defaultValue = "") String names,
      @RequestParam(defaultValue = "false") boolean cadres,
      RedirectAttributes redirect) {
    int added = participations.invite(id, new InviteRequest(group, memberIds, cadres).invitation());
    if (!names.isBlank()) {
      InviteByName.Found found = inviteByName.resolve(names);
      added +=
          participations.invite(
              id,
              new Participations.Invitation(
                  new org.lvzhi.organisation.Members.Group.Individuals(found.memberIds()), false));
      if (!found.problems().isEmpty()) {
        Flash.warning(redirect, String.join(text("invite.problemsJoin"), found.problems()));
      }
    }
    Flash.notice(redirect, text("participation.invitedCount", added));
    return back(id);
  }

  @GetMapping("/my/activities")
  String mine(Model model) {
    org.lvzhi.system.CurrentUser.requirePermission("activity:view");
    model.addAttribute("mine", myActivities.view());
    return "activity/mine";
  }

  @PostMapping("/activities/{id}/sign-up")
  String signUp(
      @PathVariable long id,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    return attempt(id, back, redirect, "participation.signedUp", () -> participations.signUp(id));
  }

  @PostMapping("/activities/{id}/leave")
  String leave(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    return attempt(
        id,
        back,
        redirect,
        "participation.leaveRequested",
        () -> participations.requestLeave(id, reason));
  }

  @PostMapping("/activities/{id}/withdraw-sign-up")
  String withdrawSignUp(
      @PathVariable long id,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    return attempt(
        id,
        back,
        redirect,
        "participation.signUpWithdrawn",
        () -> participations.withdrawSignUp(id));
  }

  @PostMapping("/activities/{id}/withdraw-leave")
  String withdrawLeave(
      @PathVariable long id,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    return attempt(
        id, back, redirect, "participation.leaveWithdrawn", () -> participations.withdrawLeave(id));
  }

  @PostMapping("/activities/{id}/cancel")
  String cancel(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    return attempt(
        id, null, redirect, "activity.cancelDone", () -> participations.cancel(id, reason));
  }

  /** The leave requests waiting for the signed-in person's decision, with the buttons to decide. */
  @GetMapping(LEAVE_REQUESTS)
  String leaveRequests(Model model) {
    model.addAttribute("requests", leaveRequests.view());
    return "activity/leave-requests";
  }

  @PostMapping("/activities/{id}/check-in")
  String checkIn(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    return attempt(
        id, back, redirect, "participation.checkedIn", () -> participations.checkIn(id, code));
  }

  @PostMapping("/activities/{id}/arrived")
  String arrived(
      @PathVariable long id,
      @RequestParam(required = false) List<Long> ids,
      RedirectAttributes redirect) {
    int marked = participations.markArrived(id, ids == null ? List.of() : ids);
    Flash.notice(redirect, text("participation.markedCount", marked));
    return back(id);
  }

  @PostMapping("/activities/{id}/close")
  String close(@PathVariable long id, RedirectAttributes redirect) {
    return attempt(id, null, redirect, "participation.closed", () -> participations.close(id));
  }

  @PostMapping("/participations/{participationId}/leave")
  String decide(
      @PathVariable long participationId,
      @RequestParam boolean approved,
      @RequestParam(defaultValue = "false") boolean countsAgainst,
      @RequestParam(required = false) String back,
      RedirectAttributes redirect) {
    long activityId = participations.decideLeave(participationId, approved, countsAgainst);
    Flash.notice(
        redirect, text(approved ? "participation.leaveApproved" : "participation.leaveRejected"));
    return LEAVE_REQUESTS.equals(back) ? "redirect:" + LEAVE_REQUESTS : back(activityId);
  }

  @GetMapping("/activities/{id}/qr.png")
  void qrCode(@PathVariable long id, HttpServletResponse response) throws IOException {
    response.setContentType("image/png");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(qr.png(id));
  }

  /** Where the QR code leads: a page with one big button, since a GET must not check anyone in. */
  @GetMapping("/check-in")
  String checkInPage(
      @RequestParam(required = false) Long activity,
      @RequestParam(required = false) String code,
      Model model) {
    org.lvzhi.system.CurrentUser.requirePermission("activity:view");
    model.addAttribute("checkIn", new CheckInView(activity, code == null ? "" : code));
    return "activity/check-in";
  }

  @PostMapping("/check-in")
  String checkInWithCode(
      @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
    try {
      long activityId = participations.checkInWithCode(code);
      Flash.notice(redirect, text("participation.checkedIn"));
      return back(activityId);
    } catch (RecordConflictException e) {
      Flash.warning(redirect, e.getMessage());
      return "redirect:/check-in";
    } catch (InvalidInputException e) {
      Flash.warning(redirect, e.summary());
      return "redirect:/check-in";
    }
  }

  /**
   * Makes a move and returns to the activity, or to "my activities" where the move was made from
   * there.
   */
  private String attempt(
      long id, String back, RedirectAttributes redirect, String doneKey, Runnable move) {
    Flash.attempt(redirect, text(doneKey), move);
    return MY_ACTIVITIES.equals(back) ? "redirect:" + MY_ACTIVITIES : back(id);
  }

  private static String back(long activityId) {
    return "redirect:/registry/activities/" + activityId;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }
}
