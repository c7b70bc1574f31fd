package org.lvzhi.register;

import java.util.List;

/**
 * A button on a record's page beyond edit and delete (reset a password, unlock an account), and the
 * same as {@code POST /api/v1/{type}/{id}/actions/{name}}.
 */
public record RecordAction(
    String name, String labelKey, String permission, String confirmKey, Handler handler) {

  /** Performs the action on a record the user may see; returns messages to show once. */
  @FunctionalInterface
  public interface Handler {
    List<String> perform(long id);
  }
}
