package org.lvzhi.register;

import java.util.List;

/**
 * A button on a record's page beyond edit and delete (reset a password, unlock an account), and the
 * same as {@code POST /api/v1/{type}/{id}/actions/{name}}. The engine records a plain action in the
 * record's history; a workflow move of an aggregate ({@link #move}) records its own, with what it
 * changed.
 */
public record RecordAction(
    String name,
    String labelKey,
    String permission,
    String confirmKey,
    Handler handler,
    boolean recordsItsOwnHistory) {

  public RecordAction(
      String name, String labelKey, String permission, String confirmKey, Handler handler) {
    this(name, labelKey, permission, confirmKey, handler, false);
  }

  /** A move of an aggregate that its own service records in history (confirming a duty report). */
  public static RecordAction move(
      String name, String labelKey, String permission, String confirmKey, Handler handler) {
    return new RecordAction(name, labelKey, permission, confirmKey, handler, true);
  }

  /** Performs the action on a record the user may see; returns messages to show once. */
  @FunctionalInterface
  public interface Handler {
    List<String> perform(long id);
  }
}
