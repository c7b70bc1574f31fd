package org.lvzhi.system;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal (403) whose reason the person may read, such as who decides leave for a meeting: a
 * message key and its arguments, shown in the reader's language.
 */
public class NotAllowedException extends AccessDeniedException {

  private final String messageKey;
  private final transient Object[] args;

  public NotAllowedException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  @Override
  public String getMessage() {
    return Texts.of(messageKey, args);
  }
}
