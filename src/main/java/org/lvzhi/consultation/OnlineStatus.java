package org.lvzhi.consultation;

/** Where an online consultation stands. */
public enum OnlineStatus {
  DRAFT,
  OPEN,
  CLOSED
}
