package org.lvzhi.history;

/**
 * One field's change.
 *
 * @param field message key naming the field (e.g. {@code member.mobile})
 * @param before the old value as shown to people, null where there was none
 * @param after the new value as shown to people, null where there is none
 */
public record Change(String field, String before, String after) {}
