package org.lvzhi.rectification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A rectification move the problem's status does not allow (409); the message says why, in Chinese. */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalMoveException extends org.lvzhi.system.RecordConflictException {

  public IllegalMoveException(String message) {
    super(message);
  }
}
