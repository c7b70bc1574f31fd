package org.lvzhi.system;

import java.util.Set;

/** Users for tests that call services or MockMvc as someone without signing in through a page. */
public final class TestUsers {

  private TestUsers() {}

  /** A STAFF user with these permissions, working in {@code committee} (null: none recorded). */
  public static LvzhiUser staff(String username, Set<String> permissions, Long committee) {
    return new LvzhiUser(
        0,
        username,
        "办公室",
        "",
        Role.STAFF,
        null,
        null,
        null,
        true,
        false,
        false,
        Set.copyOf(permissions),
        committee,
        null);
  }
}
