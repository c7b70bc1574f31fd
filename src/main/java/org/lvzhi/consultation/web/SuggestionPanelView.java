package org.lvzhi.consultation.web;

import java.util.Map;
import java.util.function.Function;

/** The follow-up part of a suggestion's page: send it to a department, record the answer. */
public record SuggestionPanelView(
    long id,
    String status,
    boolean canSend,
    boolean canAnswer,
    boolean implementing,
    Map<Long, String> units,
    Long unitId,
    String csrfParameter,
    String csrfToken,
    Function<String, String> labels) {

  public String t(String key) {
    return labels.apply(key);
  }
}
