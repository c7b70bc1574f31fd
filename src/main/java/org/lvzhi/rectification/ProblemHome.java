package org.lvzhi.rectification;

import static org.lvzhi.rectification.RectificationStatus.ASSIGNED;
import static org.lvzhi.rectification.RectificationStatus.IN_PROGRESS;
import static org.lvzhi.rectification.RectificationStatus.REOPENED;
import static org.lvzhi.rectification.RectificationStatus.RESOLVED;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.system.DataScope;
import org.lvzhi.system.HomeContribution;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.MenuItem;
import org.springframework.stereotype.Component;

/**
 * What problems put on the home page: for a unit's clerk, its problems to acknowledge and to report
 * resolved; for the office, those reported resolved and waiting to be verified; for everyone who
 * sees problems, the overdue ones — each linking to the problems list filtered so.
 */
@Component
class ProblemHome implements HomeContribution {

  private static final String LIST = "/registry/" + Rectifications.REGISTER;
  private final RectificationStore store;

  ProblemHome(RectificationStore store) {
    this.store = store;
  }

  @Override
  public List<Waiting> waiting(LvzhiUser user) {
    if (!user.can(Rectifications.VIEW) || user.scope() instanceof DataScope.Nothing) {
      return List.of();
    }
    RectificationStore.Tally tally = store.tally(RectificationStore.Visible.to(user.scope()));
    List<Waiting> waiting = new ArrayList<>();
    if (user.can(Rectifications.HANDLE)) {
      waiting.add(item("to-acknowledge", tally.of(ASSIGNED), "?f_status=ASSIGNED", 30));
      waiting.add(item("reopened", tally.of(REOPENED), "?f_status=REOPENED", 30));
      waiting.add(item("to-resolve", tally.of(IN_PROGRESS), "?f_status=IN_PROGRESS", 31));
    }
    if (user.can(Rectifications.VERIFY)) {
      waiting.add(item("to-verify", tally.of(RESOLVED), "?f_status=RESOLVED", 32));
    }
    waiting.add(
        new Waiting(
            "rectification.overdue",
            "home.waiting.problemsOverdue",
            tally.overdue(),
            LIST + "?f_overdue=true",
            true,
            33));
    return waiting;
  }

  @Override
  public List<MenuItem> shortcuts(LvzhiUser user) {
    return List.of(
        new MenuItem(
            "menu.section.rectification",
            "registry.rectifications",
            LIST,
            Rectifications.VIEW,
            40));
  }

  private static Waiting item(String kind, long count, String filter, int order) {
    return new Waiting(
        "rectification." + kind,
        "home.waiting.problems." + kind,
        count,
        LIST + filter,
        false,
        order);
  }
}
