package org.lvzhi.target;

/**
 * A target was set, changed or removed (what: SET, CHANGE, REMOVE), published after its store wrote
 * it: for the search index and the report, which listen rather than ask.
 */
public record TargetChanged(long committeeId, long targetId, int year, String what) {}
