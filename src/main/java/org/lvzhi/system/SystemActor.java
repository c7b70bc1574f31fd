package org.lvzhi.system;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work that no person asked for (first start, demo data, scheduled jobs) as the user "system",
 * which holds every permission, so it passes through the same checks and history as a person's
 * work. Its work spans every committee unless it is given one ({@link #callIn}): records it creates
 * need a committee.
 */
@Component
public class SystemActor {

  private final RolePermissions permissions;

  SystemActor(RolePermissions permissions) {
    this.permissions = permissions;
  }

  public <T> T call(Supplier<T> work) {
    return callIn(null, work);
  }

  /** Runs the work as the system user within one committee (null: every committee). */
  public <T> T callIn(Long committee, Supplier<T> work) {
    return callWith(
        new LvzhiUser(
            0,
            "system",
            "system",
            "",
            Role.SUPER_ADMIN,
            null,
            null,
            null,
            true,
            false,
            false,
            permissions.all(),
            committee,
            null),
        work);
  }

  /**
   * Runs work that a module has authorised for a person it alone can judge (a supervision squad's
   * leader recording the squad's visit as an activity) with the system user's permissions, within
   * the person's working committee and recorded in history under the person's username. Refused
   * (403) while the person only views another committee. The caller must have checked the person
   * may do this one thing; nothing else may run inside.
   */
  public <T> T callOnBehalfOf(LvzhiUser person, Supplier<T> work) {
    if (person.onlyViews()) {
      throw new NotAllowedException("committee.viewOnly");
    }
    return callWith(
        new LvzhiUser(
            person.accountId(),
            person.username(),
            person.displayName(),
            "",
            Role.SUPER_ADMIN,
            null,
            null,
            null,
            true,
            false,
            false,
            permissions.all(),
            person.workingCommitteeId(),
            null),
        work);
  }

  /**
   * Runs the work as a person of one committee in a role, bound to a member or a unit, with the
   * role's permissions: demo data entering what members and units' clerks do themselves, through
   * the same checks and history as theirs.
   */
  public <T> T callAs(
      String username, Role role, Long memberId, Long unitId, long committee, Supplier<T> work) {
    return callWith(
        new LvzhiUser(
            0,
            username,
            username,
            "",
            role,
            memberId,
            unitId,
            null,
            true,
            false,
            false,
            permissions.of(role, memberId, unitId, null),
            committee,
            null),
        work);
  }

  private static <T> T callWith(LvzhiUser user, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** Runs the work as the system user within one committee. */
  public void runIn(long committee, Runnable work) {
    callIn(
        committee,
        () -> {
          work.run();
          return null;
        });
  }

  public void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }
}
