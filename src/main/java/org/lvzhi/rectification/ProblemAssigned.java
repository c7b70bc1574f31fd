package org.lvzhi.rectification;

import java.time.LocalDate;

/** A problem was assigned (or assigned again) to a unit, to be rectified by {@code dueOn}. */
public record ProblemAssigned(long problemId, long unitId, LocalDate dueOn) {}
