package org.lvzhi.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A workflow move the record's state does not allow; the message says why, in Chinese. */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalMoveException extends org.lvzhi.system.RecordConflictException {

  public IllegalMoveException(String message) {
    super(message);
  }
}
