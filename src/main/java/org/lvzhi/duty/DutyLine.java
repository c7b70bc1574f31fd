package org.lvzhi.duty;

import java.time.LocalDate;

/** One line of a duty record: when, what, and how it stands (present, excused, confirmed …). */
public record DutyLine(LocalDate date, String what, String detail, String standing) {}
