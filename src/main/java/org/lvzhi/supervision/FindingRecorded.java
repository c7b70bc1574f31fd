package org.lvzhi.supervision;

/** A problem found on a visit was recorded and became rectification item {@code problemId}. */
public record FindingRecorded(long findingId, long visitId, long problemId, long unitId) {}
