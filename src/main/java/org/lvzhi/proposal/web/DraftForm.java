package org.lvzhi.proposal.web;

import java.util.Map;

/**
 * The drafting form: what was typed (kept when a save is refused, so nothing is lost), the choices
 * it offers and the problems found. Public: the template reads it.
 */
public record DraftForm(
    Long id, DraftInput input, boolean office, Choices choices, Map<String, String> errors) {

  /** The lists the form picks from. */
  public record Choices(
      Map<Long, String> members,
      Map<Long, String> sessions,
      Map<Long, String> sectors,
      Map<Long, String> specialCommittees) {}

  public String error(String field) {
    return errors.get(field);
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  public String action() {
    return id == null ? "/proposals" : "/proposals/" + id + "/edit";
  }
}
