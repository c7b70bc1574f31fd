package org.lvzhi.rectification.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lvzhi.rectification.Rectifications;
import org.lvzhi.rectification.SourceType;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The problems part of a source record's page (a project, a supervision record): its problems as
 * the user may see them, and a form to raise one. The form names the register whose page it is on,
 * so the problem is linked to that record and named by its title.
 */
final class SourcePanel implements RecordPanel {

  private static final Pattern RECORD_PAGE = Pattern.compile("/registry/([a-z][a-z0-9-]*)/(\\d+)");
  private final Rectifications rectifications;
  private final RectificationViews views;
  private final SourceType type;

  SourcePanel(Rectifications rectifications, RectificationViews views, SourceType type) {
    this.rectifications = rectifications;
    this.views = views;
    this.type = type;
  }

  @Override
  public String html(long recordId) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null || !user.can(Rectifications.VIEW)) {
      return "";
    }
    List<SourcePanelView.Line> lines =
        rectifications.of(type.code(), recordId).stream()
            .map(
                p ->
                    new SourcePanelView.Line(
                        p.id(),
                        p.title(),
                        p.path(),
                        p.status().name(),
                        views.statusLabel(p.status()),
                        p.unitName() == null ? "" : p.unitName(),
                        p.dueOn() == null ? "" : p.dueOn().toString(),
                        p.overdue()))
            .toList();
    String register =
        RectificationViews.requestPath()
            .map(RECORD_PAGE::matcher)
            .filter(Matcher::matches)
            .filter(m -> m.group(2).equals(String.valueOf(recordId)))
            .map(m -> m.group(1))
            .orElse(null);
    var csrf = RectificationViews.csrf();
    SourcePanelView view =
        new SourcePanelView(
            type.code(),
            recordId,
            register,
            lines,
            register != null && user.can(Rectifications.EDIT),
            csrf.map(CsrfToken::getParameterName).orElse("_csrf"),
            csrf.map(CsrfToken::getToken).orElse(""),
            views.labels());
    return views.render("rectification/source-panel.jte", view);
  }
}
