package org.lvzhi.system;

import java.util.List;

/**
 * Implemented by each module (as a bean) to say, on the home page and through {@code GET
 * /api/v1/me/waiting}, what waits for the signed-in user — leave to decide, problems to answer or
 * verify, invitations to answer, overdue items — and which of its pages that user reaches most.
 * Each contribution answers for the user's working committee and data scope, in one query.
 */
public interface HomeContribution {

  /** What waits for the user; items with a count of zero are left out by the caller. */
  List<Waiting> waiting(LvzhiUser user);

  /**
   * The page the user lands on after signing in, where this module gives the user's role one (the
   * dashboard for leaders); the first a module gives wins, else the home page.
   */
  default java.util.Optional<String> landing(LvzhiUser user) {
    return java.util.Optional.empty();
  }

  /** The user's shortcuts into this module, shown after what waits (none by default). */
  default List<MenuItem> shortcuts(LvzhiUser user) {
    return List.of();
  }

  /**
   * Something waiting for the user.
   *
   * @param kind a stable name for the API ({@code activity.leave-to-decide})
   * @param labelKey message key of what it is, in the reader's language
   * @param href the filtered list or record where it is done, a path on this site
   * @param overdue whether it is late already (shown in red)
   * @param order where it stands among the items (smaller first)
   */
  record Waiting(
      String kind, String labelKey, long count, String href, boolean overdue, int order) {}
}
