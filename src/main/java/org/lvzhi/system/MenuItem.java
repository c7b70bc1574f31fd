package org.lvzhi.system;

import java.util.function.Predicate;

/**
 * One entry in the sidebar, shown to users holding the permission and of its audience. Modules
 * declare theirs as beans of {@link MenuContribution}.
 *
 * @param section message key of the group it stands in (e.g. {@code menu.section.organisation})
 * @param audience who beyond the permission the entry is for: a menu offers only what its reader
 *     can use (an auditor has no duty record of their own; a member keeps no investment records)
 */
public record MenuItem(
    String section,
    String labelKey,
    String href,
    String permission,
    int order,
    Predicate<LvzhiUser> audience) {

  public MenuItem(String section, String labelKey, String href, String permission, int order) {
    this(section, labelKey, href, permission, order, user -> true);
  }

  /** Only for accounts bound to a member: their own activities, check-in, duty record. */
  public MenuItem forMembers() {
    return new MenuItem(
        section, labelKey, href, permission, order, user -> user.memberId() != null);
  }

  /** Not for the accounts of this role (members see no investment pages of their own). */
  public MenuItem notFor(Role role) {
    return new MenuItem(
        section, labelKey, href, permission, order, audience.and(user -> user.role() != role));
  }

  public boolean shownTo(LvzhiUser user) {
    return (permission == null || user.can(permission)) && audience.test(user);
  }
}
