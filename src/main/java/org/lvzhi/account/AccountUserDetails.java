package org.lvzhi.account;

import org.lvzhi.system.LvzhiUser;
import org.lvzhi.system.RolePermissions;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads the account signing in. Locks are per (account, client address) and checked by {@link
 * GuardedSignIn}, so the account itself is never locked as a whole.
 */
@Service
class AccountUserDetails implements UserDetailsService {

  private final AccountStore store;
  private final RolePermissions permissions;

  AccountUserDetails(AccountStore store, RolePermissions permissions) {
    this.store = store;
    this.permissions = permissions;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    var account =
        store.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
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
        false,
        account.mustChangePassword(),
        permissions.of(
            account.role(), account.memberId(), account.unitId(), account.specialCommitteeId()),
        account.committeeId(),
        null);
  }
}
