package org.lvzhi.consultation.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The consultation part of an activity's page: the units taking part, the suggestions made and, for
 * the office, the forms to set the units and record a suggestion.
 */
public record ActivityPanelView(
    long activityId,
    Map<Long, String> meetingUnits,
    List<SuggestionLine> lines,
    boolean canEdit,
    Map<Long, String> participants,
    Map<Long, String> allUnits,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  public String t(String key) {
    return labels.apply(key);
  }
}
