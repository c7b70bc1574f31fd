package org.lvzhi.investment.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.lvzhi.investment.ProjectReads;
import org.lvzhi.investment.Projects;
import org.lvzhi.investment.Stage;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A project's stage, contract and timeline of moves, with the forms for the next move. It reads
 * through {@link ProjectReads}, which needs nothing of the register that shows this panel.
 */
@Component
public class StagePanel implements RecordPanel {

  private final ProjectReads projects;
  private final TemplateEngine templates;
  private final MessageSource messages;
  private final Clock clock;

  StagePanel(ProjectReads projects, TemplateEngine templates, MessageSource messages, Clock clock) {
    this.projects = projects;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String html(long projectId) {
    ProjectReads.Summary project =
        projects
            .summary(projectId)
            .orElseThrow(() -> new RecordNotFoundException(Projects.REGISTER, projectId));
    Stage stage = project.stage();
    List<InvestmentViews.Option> later =
        project.laterStages().stream()
            .map(s -> new InvestmentViews.Option(s.name(), text("stage." + s.name())))
            .toList();
    List<InvestmentViews.MoveLine> moves =
        projects.moves(projectId).stream()
            .map(
                m ->
                    new InvestmentViews.MoveLine(
                        m.on().toString(),
                        m.from() == null ? "" : text("stage." + m.from()),
                        text("stage." + m.to()),
                        m.note() == null ? "" : m.shownNote(),
                        m.counted() == null
                            ? ""
                            : m.counted().display()
                                + (Boolean.TRUE.equals(m.firstSigning())
                                    ? ""
                                    : text("stages.increaseMark")),
                        m.recordedBy()))
            .toList();
    var csrf = org.lvzhi.system.CsrfField.current();
    var view =
        new InvestmentViews.StageView(
            projectId,
            stage.name(),
            text("stage." + stage.name()),
            project.contract() == null ? "" : project.contract().display(),
            stage == Stage.SUSPENDED,
            project.contract() != null,
            CurrentUser.require().can(Projects.MOVE),
            later,
            moves,
            LocalDate.now(clock).toString(),
            csrf.parameter(),
            csrf.token(),
            this::text);
    StringOutput output = new StringOutput();
    templates.render("investment/stages.jte", Map.of("panel", view), output);
    return output.toString();
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
