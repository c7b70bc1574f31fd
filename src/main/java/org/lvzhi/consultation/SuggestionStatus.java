package org.lvzhi.consultation;

/** Where a suggestion stands in its follow-up. */
public enum SuggestionStatus {
  /** Recorded, not yet sent to a department. */
  PENDING,
  /** Sent to the department that answers it. */
  SENT,
  /** 已采纳. */
  ADOPTED,
  /** 落实中: may later become adopted. */
  IMPLEMENTING,
  /** 未采纳. */
  NOT_ADOPTED;

  /** Whether the department has answered. */
  public boolean answered() {
    return this == ADOPTED || this == IMPLEMENTING || this == NOT_ADOPTED;
  }
}
