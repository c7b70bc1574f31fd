package org.lvzhi.investment;

import org.lvzhi.system.RecordConflictException;

/** A stage move the project's state does not allow; the message says why, in Chinese. */
class IllegalStageMoveException extends RecordConflictException {

  IllegalStageMoveException(String message) {
    super(message);
  }
}
