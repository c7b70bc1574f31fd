package org.lvzhi.investment;

import java.time.LocalDate;

/** A suspended project was resumed on a day, back at the stage where it stopped. */
public record ProjectResumed(long projectId, Stage stage, LocalDate on) {}
