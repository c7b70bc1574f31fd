package org.lvzhi.rectification;

import java.time.LocalDate;

/**
 * A problem as another module shows it next to its source record.
 *
 * @param unitId the unit it is assigned to, null before it is assigned
 * @param unitName that unit's name, null before it is assigned
 * @param dueOn the due date, null before it is assigned
 * @param overdue the due date has passed and the unit has not reported it resolved
 * @param path the problem's page
 */
public record ProblemSummary(
    long id,
    String title,
    RectificationStatus status,
    Long unitId,
    String unitName,
    LocalDate dueOn,
    boolean overdue,
    LocalDate raisedOn,
    String path) {}
