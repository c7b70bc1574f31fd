package org.lvzhi.opinion.web;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.opinion.OpinionReport;
import org.lvzhi.opinion.OpinionReports;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/**
 * The workflow part of a report's page: where it stands, its texts, steps and the moves allowed.
 */
@Component
public class OpinionWorkflowPanel implements RecordPanel {

  /** What {@code opinion/workflow.jte} shows. */
  public record View(
      long id,
      String status,
      String statusLabel,
      String original,
      String edited,
      String notAdoptedReason,
      List<OpinionViews.Step> steps,
      OpinionReports.Moves moves,
      int maxLength,
      String today,
      String csrfParameter,
      String csrfToken,
      Function<String, String> t) {

    public String base() {
      return "/opinion/reports/" + id;
    }

    /** The text the office starts editing from: its own edit, or the member's original. */
    public String editFrom() {
      return edited.isEmpty() ? original : edited;
    }
  }

  private final OpinionReports reports;
  private final OpinionViews views;

  OpinionWorkflowPanel(OpinionReports reports, OpinionViews views) {
    this.reports = reports;
    this.views = views;
  }

  @Override
  public String html(long id) {
    LvzhiUser user = CurrentUser.require();
    OpinionReport report = reports.get(id);
    CsrfField csrf = CsrfField.current();
    View view =
        new View(
            id,
            report.status().name(),
            views.text("opinion.status." + report.status().name()),
            report.content(),
            report.editedContent() == null ? "" : report.editedContent(),
            report.notAdoptedReason() == null ? "" : report.notAdoptedReason(),
            reports.steps(id).stream().map(e -> views.step(e, "opinion.status")).toList(),
            OpinionReports.Moves.of(user, report),
            reports.maxLength(),
            reports.today().toString(),
            csrf.parameter(),
            csrf.token(),
            views.labels());
    return views.render("opinion/workflow.jte", view);
  }
}
