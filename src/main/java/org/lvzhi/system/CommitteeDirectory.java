package org.lvzhi.system;

import java.util.List;
import java.util.Optional;

/**
 * What the frame and the committee switch need to know of committees (ADR 7), answered by the
 * organisation module: names, and which committees a user may look at.
 */
public interface CommitteeDirectory {

  /** A committee a user may switch to, and how deep below the user's own it sits. */
  record Viewable(long id, String name, int depth) {}

  Optional<String> name(long committee);

  /** The committee of this name (names are unique on a deployment). */
  Optional<Long> named(String name);

  /**
   * The committees the user may look at: their own first, then those below it (every committee for
   * the super-administrator); only their own for roles that work in one committee's records alone.
   */
  List<Viewable> viewableBy(LvzhiUser user);

  /** Whether the user may look at this committee. */
  default boolean mayView(LvzhiUser user, long committee) {
    return viewableBy(user).stream().anyMatch(v -> v.id() == committee);
  }
}
