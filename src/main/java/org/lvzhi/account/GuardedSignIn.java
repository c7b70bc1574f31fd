package org.lvzhi.account;

import org.lvzhi.system.SignInThrottledException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password (form and HTTP Basic alike) behind the two limits of {@link
 * SignInAttempts}. The password is checked before the account's state, so a wrong guess at a
 * disabled or locked account fails exactly as one at an unknown name does: the failure never tells
 * which.
 */
@Component
class GuardedSignIn implements AuthenticationProvider {

  private final DaoAuthenticationProvider passwords;
  private final SignInAttempts attempts;
  private final AccountStore store;

  GuardedSignIn(
      AccountUserDetails users,
      PasswordEncoder encoder,
      SignInAttempts attempts,
      AccountStore store) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.passwords.setPreAuthenticationChecks(user -> {});
    this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    this.attempts = attempts;
    this.store = store;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String address = address(authentication);
    var wait = attempts.addressWait(address);
    if (wait.isPresent()) {
      throw new SignInThrottledException(wait.get());
    }
    boolean lockedHere = attempts.locked(username, address);
    try {
      Authentication result = passwords.authenticate(authentication);
      if (lockedHere) {
        throw new LockedException("locked for this address");
      }
      attempts.succeeded(username, address);
      return result;
    } catch (AuthenticationException e) {
      attempts.failed(username, address, username != null && store.exists(username));
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The client's address as the container sees it (behind a trusted proxy: the forwarded one). */
  static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }
}
