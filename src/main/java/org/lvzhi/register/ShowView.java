package org.lvzhi.register;

import java.util.List;

/** A record's page: its fields, what the user may do with it, and its history. */
public record ShowView(
    String type,
    String typeTitle,
    long id,
    int version,
    String title,
    List<Item> items,
    boolean canEdit,
    boolean canDelete,
    List<Action> actions,
    List<String> panels,
    List<Event> history) {

  /** A field and its value as shown. */
  public record Item(String label, String value) {}

  /** A button for a record action. */
  public record Action(String name, String label, String confirm) {}

  /** One history entry. */
  public record Event(String when, String actor, String action, List<Change> changes) {}

  /** One field's change in a history entry. */
  public record Change(String field, String before, String after) {}

  public String base() {
    return "/registry/" + type;
  }
}
