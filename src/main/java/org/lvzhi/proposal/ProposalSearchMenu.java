package org.lvzhi.proposal;

import java.util.List;
import org.lvzhi.system.MenuContribution;
import org.lvzhi.system.MenuItem;
import org.springframework.stereotype.Component;

/**
 * The proposal database in the menu, for everyone who reads proposals (members too), and the import
 * of past years for the office.
 */
@Component
class ProposalSearchMenu implements MenuContribution {

  @Override
  public List<MenuItem> menuItems() {
    return List.of(
        new MenuItem(
            "menu.section.proposal", "search.database", "/proposals/database", Proposals.VIEW, 43),
        new MenuItem(
            "menu.section.proposal",
            "proposalImport.title",
            "/proposals/archive-import",
            "proposal:import",
            47));
  }
}
