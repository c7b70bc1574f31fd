package org.lvzhi.consultation.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lvzhi.activity.ActivityQueries;
import org.lvzhi.consultation.MeetingUnits;
import org.lvzhi.consultation.Suggestion;
import org.lvzhi.consultation.Suggestions;
import org.lvzhi.organisation.Members;
import org.lvzhi.organisation.Units;
import org.lvzhi.register.RecordPanel;
import org.lvzhi.register.RecordTypeAddition;
import org.lvzhi.system.CurrentUser;
import org.lvzhi.system.LvzhiUser;
import org.springframework.stereotype.Component;

/**
 * Puts the consultation panel on every activity's page (the activities register is the activity
 * module's; this addition keeps it unaware of consultation): the units taking part, the suggestions
 * made there and where each stands, and for the office the forms to change them.
 */
@Component
class ActivitySuggestionsPanel implements RecordTypeAddition, RecordPanel {

  private final Suggestions suggestions;
  private final MeetingUnits meetingUnits;
  private final ActivityQueries activities;
  private final Members members;
  private final Units units;
  private final ConsultationViews views;

  ActivitySuggestionsPanel(
      Suggestions suggestions,
      MeetingUnits meetingUnits,
      ActivityQueries activities,
      Members members,
      Units units,
      ConsultationViews views) {
    this.suggestions = suggestions;
    this.meetingUnits = meetingUnits;
    this.activities = activities;
    this.members = members;
    this.units = units;
    this.views = views;
  }

  @Override
  public String typeName() {
    return "activities";
  }

  @Override
  public List<RecordPanel> panels() {
    return List.of(this);
  }

  @Override
  public String html(long activityId) {
    LvzhiUser user = CurrentUser.get().orElse(null);
    if (user == null || !user.can(Suggestions.VIEW)) {
      return "";
    }
    List<Suggestion> made = suggestions.ofActivity(activityId);
    boolean canEdit = user.can(Suggestions.EDIT) && !user.onlyViews();
    Set<Long> memberIds = new HashSet<>();
    made.stream().map(s -> s.author().memberId()).filter(Objects::nonNull).forEach(memberIds::add);
    List<Long> participantIds =
        canEdit
            ? activities.participants(activityId).stream()
                .map(p -> p.memberId())
                .filter(Objects::nonNull)
                .toList()
            : List.of();
    memberIds.addAll(participantIds);
    Map<Long, String> names = members.names(memberIds);
    Map<Long, String> unitNames = canEdit ? units.all() : units.names(unitIds(made));
    Map<Long, String> participants = new LinkedHashMap<>();
    participantIds.forEach(id -> participants.put(id, names.getOrDefault(id, "")));
    String[] csrf = ConsultationViews.csrf();
    ActivityPanelView view =
        new ActivityPanelView(
            activityId,
            meetingUnits.of(activityId),
            made.stream().map(s -> SuggestionLine.of(s, names, unitNames, views)).toList(),
            canEdit,
            participants,
            canEdit ? unitNames : Map.of(),
            csrf[0],
            csrf[1],
            views.labels());
    return views.render("consultation/activity-panel.jte", view);
  }

  private static List<Long> unitIds(List<Suggestion> made) {
    return made.stream().map(Suggestion::unitId).filter(Objects::nonNull).distinct().toList();
  }
}
