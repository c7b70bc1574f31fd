package org.lvzhi.rectification;

/** The office sent the problem back to the unit to be rectified again. */
public record ProblemReopened(long problemId, long unitId) {}
