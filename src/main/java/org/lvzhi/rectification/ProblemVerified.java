package org.lvzhi.rectification;

/** The office verified the unit's rectification and closed the problem (销号). */
public record ProblemVerified(long problemId, long unitId) {}
