package org.lvzhi.investment;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A project's stage, contract and timeline of moves, with the forms for the next move. */
@Component
class StagePanel implements RecordPanel {

  private final ProjectStore store;
  private final TemplateEngine templates;
  private final MessageSource messages;
  private final Clock clock;

  StagePanel(@Lazy ProjectStore store, TemplateEngine templates, MessageSource messages, Clock clock) {
    this.store = store;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String html(long projectId) {
    ProjectStore.StageState state = store.stageState(projectId).orElseThrow();
    ProjectStages stages = state.stages();
    Stage stage = stages.stage();
    List<InvestmentViews.Option> later = Arrays.stream(Stage.values())
        .filter(s -> s != Stage.SUSPENDED && s != Stage.SIGNED && s.isAfter(stage)
            && (stages.contract() != null || !s.isAfter(Stage.SIGNED)))
        .map(s -> new InvestmentViews.Option(s.name(), text("stage." + s.name()))).toList();
    List<InvestmentViews.MoveLine> moves = store.moves(projectId).stream()
        .map(m -> new InvestmentViews.MoveLine(m.on().toString(), m.from() == null ? "" : text("stage." + m.from()),
            text("stage." + m.to()), m.note() == null ? "" : m.note(),
            m.counted() == null ? "" : m.counted().display() + (Boolean.TRUE.equals(m.firstSigning()) ? "" : "（增资）"),
            m.recordedBy()))
        .toList();
    var csrf = org.lvzhi.system.CsrfField.current();
    var view = new InvestmentViews.StageView(projectId, stage.name(), text("stage." + stage.name()),
        stages.contract() == null ? "" : stages.contract().display(), stage == Stage.SUSPENDED,
        stages.contract() != null, CurrentUser.require().can(Projects.MOVE), later, moves,
        LocalDate.now(clock).toString(), csrf.parameter(), csrf.token(), this::text);
    StringOutput output = new StringOutput();
    templates.render("investment/stages.jte", Map.of("panel", view), output);
    return output.toString();
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
