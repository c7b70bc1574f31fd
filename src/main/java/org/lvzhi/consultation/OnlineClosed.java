package org.lvzhi.consultation;

/** An online consultation was closed with its summary and {@code suggestions} recorded. */
public record OnlineClosed(long consultationId, int suggestions) {}
