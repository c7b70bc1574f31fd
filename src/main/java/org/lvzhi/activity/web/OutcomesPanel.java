package org.lvzhi.activity.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an activity produced, listed on its page, with a link to record another outcome. */
@Component
public class OutcomesPanel implements RecordPanel {

  private final JdbcClient jdbc;
  private final TemplateEngine templates;
  private final MessageSource messages;

  public OutcomesPanel(JdbcClient jdbc, TemplateEngine templates, MessageSource messages) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.messages = messages;
  }

  @Override
  public String html(long activityId) {
    var t = ParticipantsView.labels(messages);
    var locale = LocaleContextHolder.getLocale();
    List<OutcomesView.Line> lines =
        jdbc.sql(
                "select o.id, o.kind, u.name, o.content from activity_outcome o"
                    + " left join unit u on u.id = o.unit_id where o.activity_id = :id order by o.id")
            .param("id", activityId)
            .query(
                (rs, n) ->
                    new OutcomesView.Line(
                        rs.getLong(1),
                        messages.getMessage("outcomeKind." + rs.getString(2), null, locale),
                        rs.getString(3) == null ? "" : rs.getString(3),
                        rs.getString(4)))
            .list();
    StringOutput output = new StringOutput();
    templates.render(
        "activity/outcomes.jte",
        Map.of(
            "panel",
            new OutcomesView(activityId, CurrentUser.require().can("activity:edit"), lines, t)),
        output);
    return output.toString();
  }
}
