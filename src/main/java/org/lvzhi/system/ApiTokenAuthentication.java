package org.lvzhi.system;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal API token: it acts as the token's account. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  private final LvzhiUser user;

  public ApiTokenAuthentication(LvzhiUser user) {
    super(user.getAuthorities());
    this.user = user;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public LvzhiUser getPrincipal() {
    return user;
  }
}
