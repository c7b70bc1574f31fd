package org.lvzhi.investment;

import java.time.LocalDate;

/** A project was suspended on a day at a stage, with the clerk's reason. */
public record ProjectSuspended(long projectId, Stage stoppedAt, String reason, LocalDate on) {}
