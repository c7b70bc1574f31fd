package org.lvzhi.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RolePermissions;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the account signing in, locked while its lockout lasts. */
@Service
class AccountUserDetails implements UserDetailsService {

  private final AccountStore store;
  private final RolePermissions permissions;
  private final Clock clock;

  AccountUserDetails(AccountStore store, RolePermissions permissions, Clock clock) {
    this.store = store;
    this.permissions = permissions;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var account =
        store.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
    boolean locked =
        account.lockedUntil() != null && account.lockedUntil().isAfter(OffsetDateTime.now(clock));
    return new LvzhiUser(
        account.id(),
        account.username(),
        account.displayName(),
        account.passwordHash(),
        account.role(),
        account.memberId(),
        account.unitId(),
        account.specialCommitteeId(),
        account.enabled(),
        locked,
        account.mustChangePassword(),
        permissions.of(
            account.role(), account.memberId(), account.unitId(), account.specialCommitteeId()));
  }
}
