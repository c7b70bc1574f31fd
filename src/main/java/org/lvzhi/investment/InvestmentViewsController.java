package org.lvzhi.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pipeline board (projects by stage) and the year's investment statistics, as pages and JSON. */
@Controller
class InvestmentViewsController {

  private final Registers registers;
  private final InvestmentStatistics statistics;
  private final Shepherding shepherding;
  private final MessageSource messages;
  private final Clock clock;

  InvestmentViewsController(Registers registers, InvestmentStatistics statistics, Shepherding shepherding,
      MessageSource messages, Clock clock) {
    this.registers = registers;
    this.statistics = statistics;
    this.shepherding = shepherding;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/investment/board")
  String board(@RequestParam Map<String, String> parameters, Model model) {
    model.addAttribute("board", board(parameters));
    return "investment/board";
  }

  @GetMapping("/investment/statistics")
  String statistics(@RequestParam(required = false) Integer year, Model model) {
    model.addAttribute("statistics", statisticsOf(year));
    return "investment/statistics";
  }

  InvestmentViews.Statistics statisticsOf(Integer year) {
    return statistics.of(year == null ? LocalDate.now(clock).getYear() : year);
  }

  /** The projects the user may see (with the list's own filters), by stage, each with this year's flag. */
  InvestmentViews.Board board(Map<String, String> parameters) {
    CurrentUser.requirePermission("investment:view");
    int year = LocalDate.now(clock).getYear();
    Map<String, String> query = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      if (name.startsWith("f_") || name.equals("q")) {
        query.put(name, value);
      }
    });
    query.put("size", "200");
    Map<Stage, List<InvestmentViews.Card>> byStage = new LinkedHashMap<>();
    for (Stage stage : Stage.values()) {
      byStage.put(stage, new ArrayList<>());
    }
    String onlyFlag = parameters.getOrDefault("flag", "");
    // The year's shepherded projects, once: a card looks its standing up instead of querying for it.
    Map<Long, Shepherding.Standing> standings = new java.util.HashMap<>();
    shepherding.standings(year).forEach(standing -> standings.put(standing.projectId(), standing));
    for (Map<String, Object> row : registers.search("investment-projects", query).rows()) {
      long id = (Long) row.get("id");
      Stage stage = Stage.valueOf((String) row.get("stage"));
      Object contract = row.get("contractAmount");
      Object total = row.get("totalInvestment");
      Object shown = contract != null ? contract : total;
      Shepherding.Standing standing = standings.get(id);
      boolean shepherded = standing != null;
      if (!onlyFlag.isEmpty() && !(shepherded && standing.flag().name().equals(onlyFlag))) {
        continue;
      }
      byStage.get(stage).add(new InvestmentViews.Card(id, (String) row.get("name"), (String) row.get("investor"),
          shown == null ? "" : new Amount((java.math.BigDecimal) shown).display(),
          shepherded ? standing.flag().name() : "", shepherded ? text("rag." + standing.flag().name()) : ""));
    }
    List<InvestmentViews.Column> columns = new ArrayList<>();
    byStage.forEach((stage, cards) -> columns.add(new InvestmentViews.Column(stage.name(), text("stage." + stage), cards)));
    return new InvestmentViews.Board(columns, year, onlyFlag);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
