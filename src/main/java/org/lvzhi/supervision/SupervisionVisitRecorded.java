package org.lvzhi.supervision;

/** A squad's visit was recorded (with its activity). */
public record SupervisionVisitRecorded(long visitId, long activityId, long squadId) {}
