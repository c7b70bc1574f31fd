package org.lvzhi.system;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused because its client address made too many failed attempts lately; answered 429
 * (the API) or with the one sign-in failure message (the page).
 */
public class SignInThrottledException extends AuthenticationException {

  @Serial private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public SignInThrottledException(java.time.Duration wait) {
    super("too many failed sign-ins from this address");
    // Whole seconds, rounded up: a client that waits as told is let in.
    this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /**
   * The value of the {@code Retry-After} header (RFC 9110): seconds until one more try is allowed.
   */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
