package org.lvzhi.rectification;

/** A problem was raised on a source record ({@code sourceType} as {@link SourceType#code()}). */
public record ProblemRaised(long problemId, String sourceType, long sourceId) {}
