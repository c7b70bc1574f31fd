package org.lvzhi.investment;

import java.time.LocalDate;

/** A project moved forward to a later stage on a day (not a signing: {@link ProjectSigned}). */
public record ProjectAdvanced(long projectId, Stage from, Stage to, LocalDate on) {}
