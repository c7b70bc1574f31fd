package org.lvzhi.investment;

/**
 * Where a project stands, in order; SUSPENDED stands outside the order and remembers where it
 * stopped.
 */
@SuppressWarnings("EnumOrdinal") // the declaration order is the lifecycle order, by design
public enum Stage {
  LEAD,
  ASSESSED,
  NEGOTIATING,
  SIGNED,
  REGISTERED,
  LANDED,
  STARTED,
  OPERATING,
  SUSPENDED;

  public boolean isAfter(Stage other) {
    return ordinal() > other.ordinal();
  }

  /** Signed or beyond (suspension aside). */
  public boolean isSignedOrLater() {
    return this != SUSPENDED && ordinal() >= SIGNED.ordinal();
  }
}
