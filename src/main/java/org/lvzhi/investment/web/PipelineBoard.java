package org.lvzhi.investment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.investment.ProjectReads;
import org.lvzhi.investment.Projects;
import org.lvzhi.investment.ShepherdingReads;
import org.lvzhi.investment.Stage;
import org.lvzhi.register.Registers;
import org.lvzhi.shared.Amount;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline board, for the page and the API: the projects a list with the same filters shows the
 * user ({@link Registers#matching}), loaded typed in one query, by stage, each with this year's
 * flag where shepherded.
 */
@Component
class PipelineBoard {

  private final Registers registers;
  private final ProjectReads projects;
  private final ShepherdingReads shepherding;
  private final MessageSource messages;
  private final Clock clock;

  PipelineBoard(
      Registers registers,
      ProjectReads projects,
      ShepherdingReads shepherding,
      MessageSource messages,
      Clock clock) {
    this.registers = registers;
    this.projects = projects;
    this.shepherding = shepherding;
    this.messages = messages;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  InvestmentViews.Board of(Map<String, String> parameters) {
    CurrentUser.requirePermission("investment:view");
    int year = LocalDate.now(clock).getYear();
    Map<String, String> query = new LinkedHashMap<>();
    parameters.forEach(
        (name, value) -> {
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
    // The year's shepherded projects, once: a card looks its standing up instead of querying for
    // it.
    Map<Long, ShepherdingReads.Standing> standings = new HashMap<>();
    long committee =
        CurrentUser.committeeId()
            .orElseThrow(() -> new IllegalStateException("the board shows one committee"));
    shepherding
        .standings(committee, year)
        .forEach(standing -> standings.put(standing.projectId(), standing));
    List<Long> ids = registers.matching(Projects.REGISTER, query).rows();
    for (ProjectReads.Summary project : projects.summaries(ids)) {
      ShepherdingReads.Standing standing = standings.get(project.id());
      boolean shepherded = standing != null;
      if (!onlyFlag.isEmpty() && !(shepherded && standing.flag().name().equals(onlyFlag))) {
        continue;
      }
      boolean signed = project.contract() != null;
      Amount shown = signed ? project.contract() : project.totalInvestment();
      byStage
          .get(project.stage())
          .add(
              new InvestmentViews.Card(
                  project.id(),
                  project.name(),
                  project.investor(),
                  shown == null ? "" : text(signed ? "board.contract" : "board.totalInvestment"),
                  shown == null ? "" : shown.display(),
                  shepherded ? standing.flag().name() : "",
                  shepherded ? text("rag." + standing.flag().name()) : ""));
    }
    List<InvestmentViews.Column> columns = new ArrayList<>();
    byStage.forEach(
        (stage, cards) ->
            columns.add(new InvestmentViews.Column(stage.name(), text("stage." + stage), cards)));
    return new InvestmentViews.Board(columns, year, onlyFlag);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
