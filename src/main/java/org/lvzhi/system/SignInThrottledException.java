package org.lvzhi.system;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because its client address made too many failed attempts lately; answered 429
 * (the API) or with the one sign-in failure message (the page).
 */
public class SignInThrottledException extends AuthenticationException {

  @Serial private static final long serialVersionUID = 1L;

  public SignInThrottledException() {
    super("too many failed sign-ins from this address");
  }
}
