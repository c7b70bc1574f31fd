package org.lvzhi.supervision.web;

import java.util.List;
import java.util.Map;

/** The visit form: choices, what was typed, and every field's problem. */
public record VisitForm(
    Map<Long, String> squads,
    Map<Long, String> plans,
    Map<Long, String> units,
    Map<String, String> values,
    List<Long> unitIds,
    Map<String, String> errors,
    String today) {

  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return errors.getOrDefault(field, "");
  }
}
