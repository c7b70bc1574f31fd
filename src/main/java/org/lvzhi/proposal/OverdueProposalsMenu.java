package org.lvzhi.proposal;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.springframework.stereotype.Component;

/** The overdue list in the menu: all overdue for the office, a unit's own for its clerk. */
@Component
class OverdueProposalsMenu implements MenuContribution {

  @Override
  public List<MenuItem> menuItems() {
    String section = "menu.section.proposal";
    return List.of(
        new MenuItem(
            section, "proposal.overdueList.title", "/proposals/overdue", Proposals.REVIEW, 43),
        new MenuItem(
            section, "proposal.overdueList.unitTitle", "/proposals/overdue", Proposals.HANDLE, 43));
  }
}
