package org.lvzhi.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist, or lies outside the user's data scope: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
