package org.lvzhi.system;

/**
 * One entry in the sidebar, shown to users holding the permission. Modules declare theirs as beans
 * of {@link MenuContribution}.
 *
 * @param section message key of the group it stands in (e.g. {@code menu.section.organisation})
 */
public record MenuItem(
    String section, String labelKey, String href, String permission, int order) {}
