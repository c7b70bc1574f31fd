package org.lvzhi.consultation;

/** An online consultation was opened to the members of its committee. */
public record OnlineOpened(long consultationId, long committeeId) {}
