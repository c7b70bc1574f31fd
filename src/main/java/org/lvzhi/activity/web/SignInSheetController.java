package org.lvzhi.activity.web;

import java.time.format.DateTimeFormatter;
import org.lvzhi.activity.Activity;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.register.Registers;
import org.lvzhi.system.NotAllowedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sign-in sheet of a meeting (签到表), printed for the door: the activity, and one row per invitee
 * with a blank column to sign; leave granted is marked, so nobody signs for the absent. For those
 * who organise the activity.
 */
@Controller
class SignInSheetController {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Registers registers;
  private final ActivityQueries activities;
  private final ParticipantsPanel panel;

  SignInSheetController(Registers registers, ActivityQueries activities, ParticipantsPanel panel) {
    this.registers = registers;
    this.activities = activities;
    this.panel = panel;
  }

  @GetMapping("/activities/{id}/sign-in-sheet")
  String sheet(@PathVariable long id, Model model) {
    registers.requireVisible("activities", id);
    ParticipantsView participants = panel.view(id);
    if (!participants.organiser()) {
      throw new NotAllowedException("activity.notOrganiser");
    }
    Activity activity = activities.activity(id);
    String venue = activity.venue() != null ? activity.venue() : activity.localities();
    model.addAttribute(
        "sheet",
        new SignInSheet(
            id,
            activity.title(),
            WHEN.format(activity.startsAt()) + " – " + WHEN.format(activity.endsAt()),
            venue == null ? "" : venue,
            participants));
    return "activity/sign-in-sheet";
  }
}
