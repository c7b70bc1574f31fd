package org.lvzhi.system;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work that no person asked for (first start, demo data) as the user "system", which holds
 * every permission, so it passes through the same checks and history as a person's work.
 */
@Component
public class SystemActor {

  private final RolePermissions permissions;

  SystemActor(RolePermissions permissions) {
    this.permissions = permissions;
  }

  public <T> T call(Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    var system =
        new LvzhiUser(
            0,
            "system",
            "system",
            "",
            Role.ADMIN,
            null,
            null,
            null,
            true,
            false,
            false,
            permissions.all());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
