package org.lvzhi.rectification;

/** The assigned unit reported the problem resolved; the office is to verify it or send it back. */
public record ProblemResolved(long problemId, long unitId) {}
