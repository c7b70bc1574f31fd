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

  /** Whether the request is authenticated by a personal API token rather than by a person. */
  public static boolean viaToken() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
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

  /**
   * The committee whose records the current request works on (ADR 7): the signed-in account's own,
   * or the one an office of a higher committee is viewing; empty for the system user, whose work
   * spans every committee, and outside a request.
   */
  public static Optional<Long> committeeId() {
    return get().map(LvzhiUser::workingCommitteeId);
  }

  /**
   * The committee a record created now belongs to; refuses (403) while the session only views
   * another committee. Null for the system user not given a committee: SQL then puts the record in
   * the deployment's first committee ({@link #COMMITTEE_FOR_WRITING}), as on a first start.
   */
  public static Long committeeForWriting() {
    LvzhiUser user = require();
    if (user.onlyViews()) {
      throw new NotAllowedException("committee.viewOnly");
    }
    return user.workingCommitteeId();
  }

  /**
   * The committee column's value for a new record, given {@link #committeeForWriting()} bound as
   * {@code :committeeId}.
   */
  public static final String COMMITTEE_FOR_WRITING =
      "coalesce(cast(:committeeId as bigint), (select min(c.id) from committee c))";

  /**
   * {@code " and <column> = <committee>"} for the committee the user works in, or nothing for the
   * system user, whose work spans every committee: for a module's own look-ups outside the register
   * engine (which limits its queries itself). Only a long goes into the SQL, never text.
   */
  public static String inWorkingCommittee(String column) {
    return committeeId()
        .map(committee -> " and " + column + " = " + committee.longValue())
        .orElse("");
  }

  /** The name recorded in history: the username, or "system" outside a request. */
  public static String actorName() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }
}
