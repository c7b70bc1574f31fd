package org.lvzhi.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and locks an account after too many in a row; a success resets the count.
 */
@Component
class Lockout {

  private final AccountStore store;
  private final SecurityProperties properties;
  private final Clock clock;

  Lockout(AccountStore store, SecurityProperties properties, Clock clock) {
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    store.recordFailure(
        event.getAuthentication().getName(),
        properties.maxFailedAttempts(),
        OffsetDateTime.now(clock).plus(properties.lockoutDuration()));
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    store.recordSuccess(event.getAuthentication().getName());
  }
}
