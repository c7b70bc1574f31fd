package org.lvzhi.rectification;

/** The assigned unit acknowledged the problem and started work on it. */
public record ProblemAcknowledged(long problemId, long unitId) {}
