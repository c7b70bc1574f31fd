package org.lvzhi.system;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<LvzhiUser> get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof LvzhiUser user) {
      return Optional.of(user);
    }
    return Optional.empty();
  }

  public static LvzhiUser require() {
    return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
  }

  /** Refuses (403) unless the current user holds the permission. */
  public static LvzhiUser requirePermission(String permission) {
    LvzhiUser user = require();
    if (!user.can(permission)) {
      throw new AccessDeniedException("missing permission " + permission);
    }
    return user;
  }

  /** The name recorded in history: the username, or "system" outside a request. */
  public static String actorName() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
