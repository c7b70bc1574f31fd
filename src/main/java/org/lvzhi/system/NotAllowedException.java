package org.lvzhi.system;

import org.springframework.security.access.AccessDeniedException;

/**
 * A refusal (403) whose reason the person may read, such as who decides leave for a meeting. Its
 * message is shown as it is, so write it in Chinese.
 */
public class NotAllowedException extends AccessDeniedException {

  public NotAllowedException(String reason) {
    super(reason);
  }
}
