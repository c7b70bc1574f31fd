package org.lvzhi.opinion;

/**
 * Where a report stands: SAVED → SUBMITTED → NOT_ADOPTED | EDITED → REVIEWED → SIGNED_OFF →
 * PUBLISHED (its bulletin issue published; back to SIGNED_OFF if the issue is withdrawn).
 */
public enum OpinionStatus {
  SAVED,
  SUBMITTED,
  NOT_ADOPTED,
  EDITED,
  REVIEWED,
  SIGNED_OFF,
  PUBLISHED;

  /** Sent on by the member: counted as submitted. */
  public boolean submitted() {
    return this != SAVED;
  }
}
