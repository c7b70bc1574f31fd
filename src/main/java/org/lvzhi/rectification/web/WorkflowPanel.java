package org.lvzhi.rectification.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.history.Change;
import org.lvzhi.history.HistoryEntry;
import org.lvzhi.rectification.Rectification;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The rectification part of a problem's page: its source, its steps, and the buttons the user may
 * use.
 */
@Component
public class WorkflowPanel implements RecordPanel {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final Rectifications rectifications;
  private final RectificationViews views;

  WorkflowPanel(Rectifications rectifications, RectificationViews views) {
    this.rectifications = rectifications;
    this.views = views;
  }

  @Override
  public String html(long id) {
    return views.render("rectification/workflow.jte", view(id));
  }

  WorkflowView view(long id) {
    LvzhiUser user = CurrentUser.require();
    Rectification problem = rectifications.get(id);
    Rectifications.Moves moves = Rectifications.Moves.of(user, problem);
    Map<Long, String> units = moves.assign() ? rectifications.assignableUnits() : Map.of();
    String unitName =
        problem.unitId() == null
            ? ""
            : rectifications
                .unitNames(List.of(problem.unitId()))
                .getOrDefault(problem.unitId(), "");
    var csrf = RectificationViews.csrf();
    return new WorkflowView(
        id,
        problem.status().name(),
        views.statusLabel(problem.status()),
        problem.overdueOn(rectifications.today()),
        views.sourceTypeLabel(problem.source().type()),
        problem.source().label(),
        problem.source().path(),
        unitName,
        problem.unitId(),
        problem.dueOn() == null ? "" : problem.dueOn().toString(),
        problem.measures() == null ? "" : problem.measures(),
        rectifications.steps(id).stream().map(this::step).toList(),
        moves.assign(),
        moves.acknowledge(),
        moves.resolve(),
        moves.verify(),
        moves.reopen(),
        units,
        rectifications.today().toString(),
        csrf.map(CsrfToken::getParameterName).orElse("_csrf"),
        csrf.map(CsrfToken::getToken).orElse(""),
        views.labels());
  }

  private WorkflowView.Step step(HistoryEntry entry) {
    List<String> details = new ArrayList<>();
    for (Change change : entry.changes()) {
      if (!change.field().equals("rectification.status") && change.after() != null) {
        String after =
            change.field().equals("rectification.sourceType")
                ? views.recordedSourceType(change.after())
                : change.after();
        details.add(views.text("rectification.stepDetail", views.text(change.field()), after));
      }
    }
    return new WorkflowView.Step(
        WHEN.format(entry.occurredAt().atZoneSameInstant(SHANGHAI)),
        entry.actorName(),
        views.text("history.action." + entry.action()),
        details);
  }
}
