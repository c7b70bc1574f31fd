package org.lvzhi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A workflow move the record's state does not allow (409), in every module: an activity already
 * closed, a stage moved backwards, a problem verified before it was resolved. The message key says
 * why, in the reader's language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalMoveException extends RecordConflictException {

  public IllegalMoveException(String messageKey, Object... args) {
    super(messageKey, args);
  }
}
