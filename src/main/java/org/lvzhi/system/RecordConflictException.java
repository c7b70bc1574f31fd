package org.lvzhi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change refused because the record changed meanwhile or because it would break a rule about
 * other records (409). It carries a message key and its arguments; the reason is shown to the clerk
 * in their language ({@link Texts}).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RecordConflictException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public RecordConflictException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public static RecordConflictException staleEdit() {
    return new RecordConflictException("conflict.staleEdit");
  }

  public String messageKey() {
    return messageKey;
  }

  /** The reason in the reader's language. */
  @Override
  public String getMessage() {
    return Texts.of(messageKey, args);
  }
}
