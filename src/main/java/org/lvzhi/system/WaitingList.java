package org.lvzhi.system;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the signed-in user, gathered from every module's {@link HomeContribution}. */
@Service
public class WaitingList {

  private final List<HomeContribution> contributions;

  WaitingList(List<HomeContribution> contributions) {
    this.contributions = contributions;
  }

  /** The items waiting for the signed-in user (non-zero counts), in their order. */
  @Transactional(readOnly = true)
  public List<HomeContribution.Waiting> mine() {
    LvzhiUser user = CurrentUser.require();
    return contributions.stream()
        .flatMap(c -> c.waiting(user).stream())
        .filter(w -> w.count() > 0)
        .sorted(Comparator.comparingInt(HomeContribution.Waiting::order))
        .toList();
  }

  /** The signed-in user's shortcuts, those their permissions allow, in their order. */
  public List<MenuItem> shortcuts() {
    LvzhiUser user = CurrentUser.require();
    return contributions.stream()
        .flatMap(c -> c.shortcuts(user).stream())
        .filter(s -> s.permission() == null || user.can(s.permission()))
        .sorted(Comparator.comparingInt(MenuItem::order))
        .toList();
  }

  /** Where the user lands after signing in: the first module's landing for them, else home. */
  public String landing(LvzhiUser user) {
    return contributions.stream()
        .map(c -> c.landing(user))
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElse("/");
  }
}
