package org.lvzhi.rectification;

/**
 * Where a problem stands: RAISED → ASSIGNED (a unit and a due date) → IN_PROGRESS (the unit
 * acknowledged) → RESOLVED (measures reported) → VERIFIED by the office, or REOPENED → IN_PROGRESS
 * again (or ASSIGNED to another unit).
 */
public enum RectificationStatus {
  RAISED,
  ASSIGNED,
  IN_PROGRESS,
  RESOLVED,
  VERIFIED,
  REOPENED;

  /** Resolved or verified: the unit has done its part, so the problem can no longer be overdue. */
  public boolean resolved() {
    return this == RESOLVED || this == VERIFIED;
  }

  /** Not yet verified: the loop is still open. */
  public boolean open() {
    return this != VERIFIED;
  }
}
