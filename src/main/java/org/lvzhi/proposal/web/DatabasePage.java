package org.lvzhi.proposal.web;

import java.util.List;
import java.util.TreeSet;
import org.lvzhi.organisation.Sessions;
import org.lvzhi.organisation.Units;
import org.lvzhi.proposal.ProposalDatabase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The proposal database's page: search words, year, unit and grade, twenty a page. */
@Controller
class DatabasePage {

  private final ProposalDatabase database;
  private final Sessions sessions;
  private final Units units;

  DatabasePage(ProposalDatabase database, Sessions sessions, Units units) {
    this.database = database;
    this.sessions = sessions;
    this.units = units;
  }

  @GetMapping("/proposals/database")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String page,
      Model model) {
    ProposalDatabase.Query query = DatabaseQuery.of(q, year, unit, grade, page);
    ProposalDatabase.Page results = database.search(query);
    model.addAttribute(
        "view",
        new DatabaseView(
            query,
            List.copyOf(new TreeSet<>(sessions.years().values()).descendingSet()),
            units.all(),
            ProposalDatabase.grades(),
            results));
    return "proposal/database";
  }
}
