package org.lvzhi.opinion.web;

import java.util.List;
import java.util.function.Function;
import org.lvzhi.opinion.BulletinStatus;
import org.lvzhi.opinion.Bulletins;
import org.lvzhi.opinion.OpinionReport;
import org.lvzhi.opinion.OpinionReports;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CsrfField;
import org.lvzhi.system.CurrentUser;
import org.springframework.stereotype.Component;

/** An issue's page: its reports in order, and for the office compiling, publishing, the .docx. */
@Component
public class BulletinPanel implements RecordPanel {

  /** A report in the issue or one that may go into it. */
  public record Line(long id, String title, String statusLabel, String path) {}

  /** What {@code opinion/bulletin.jte} shows. */
  public record View(
      long id,
      String issueTitle,
      String status,
      String statusLabel,
      String publishedOn,
      List<Line> reports,
      List<Line> compilable,
      boolean mayEdit,
      String today,
      String csrfParameter,
      String csrfToken,
      Function<String, String> t) {

    public String base() {
      return "/opinion/bulletins/" + id;
    }

    public boolean draft() {
      return BulletinStatus.DRAFT.name().equals(status);
    }
  }

  private final Bulletins bulletins;
  private final OpinionViews views;

  BulletinPanel(Bulletins bulletins, OpinionViews views) {
    this.bulletins = bulletins;
    this.views = views;
  }

  @Override
  public String html(long id) {
    Bulletins.Issue issue = bulletins.issue(id);
    boolean mayEdit = CurrentUser.require().can(OpinionReports.BULLETIN);
    boolean draft = issue.bulletin().status() == BulletinStatus.DRAFT;
    CsrfField csrf = CsrfField.current();
    View view =
        new View(
            id,
            views.issueTitle(issue.bulletin()),
            issue.bulletin().status().name(),
            views.text("opinion.bulletin.status." + issue.bulletin().status().name()),
            issue.bulletin().publishedOn() == null ? "" : issue.bulletin().publishedOn().toString(),
            issue.reports().stream().map(this::line).toList(),
            mayEdit && draft ? bulletins.compilable().stream().map(this::line).toList() : List.of(),
            mayEdit,
            bulletins.today().toString(),
            csrf.parameter(),
            csrf.token(),
            views.labels());
    return views.render("opinion/bulletin.jte", view);
  }

  private Line line(OpinionReport report) {
    return new Line(
        report.id(),
        report.title(),
        views.text("opinion.status." + report.status().name()),
        OpinionReports.path(report.id()));
  }
}
