package org.lvzhi.consultation.web;

import java.util.Map;
import org.lvzhi.consultation.Suggestion;
import org.lvzhi.consultation.SuggestionStatus;
import org.lvzhi.consultation.Suggestions;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/**
 * The buttons of a suggestion's follow-up on its page: the office sends it to a department; the
 * department's clerk (or the office on its behalf) records the answer.
 */
@Component
public class SuggestionPanel implements RecordPanel {

  private final Suggestions suggestions;
  private final Units units;
  private final ConsultationViews views;

  SuggestionPanel(Suggestions suggestions, Units units, ConsultationViews views) {
    this.suggestions = suggestions;
    this.units = units;
    this.views = views;
  }

  @Override
  public String html(long id) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null || !user.can(Suggestions.VIEW) || user.onlyViews()) {
      return "";
    }
    Suggestion s = suggestions.get(id);
    SuggestionStatus status = s.status();
    boolean canSend =
        user.can(Suggestions.EDIT)
            && (status == SuggestionStatus.PENDING || status == SuggestionStatus.SENT);
    boolean canAnswer =
        (user.can(Suggestions.EDIT) || user.can(Suggestions.ANSWER))
            && (status == SuggestionStatus.SENT || status == SuggestionStatus.IMPLEMENTING);
    if (!canSend && !canAnswer) {
      return "";
    }
    String[] csrf = ConsultationViews.csrf();
    Map<Long, String> choices = canSend ? units.all() : Map.of();
    return views.render(
        "consultation/suggestion-panel.jte",
        new SuggestionPanelView(
            id,
            status.name(),
            canSend,
            canAnswer,
            status == SuggestionStatus.IMPLEMENTING,
            choices,
            s.unitId(),
            csrf[0],
            csrf[1],
            views.labels()));
  }
}
