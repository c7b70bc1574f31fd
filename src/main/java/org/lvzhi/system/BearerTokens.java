package org.lvzhi.system;

import java.util.Optional;

/**
 * Who a personal API token ({@code Authorization: Bearer …}) acts for: the account module keeps the
 * tokens, the security filter asks here. Empty for an unknown, expired or revoked token and for a
 * disabled account.
 */
public interface BearerTokens {

  Optional<LvzhiUser> authenticate(String token);
}
