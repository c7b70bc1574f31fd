package org.lvzhi.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The one percentage rule: a share as a percentage, rounded half-up to two decimals. */
public record Percent(BigDecimal value) implements Comparable<Percent> {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public Percent {
    value = value.setScale(2, RoundingMode.HALF_UP);
  }

  /** actual / target as a percentage; empty where the target is zero. */
  public static Optional<Percent> of(BigDecimal actual, BigDecimal target) {
    if (target.signum() == 0) {
      return Optional.empty();
    }
    // One rounding, half-up, straight to two decimals: never round twice.
    return Optional.of(
        new Percent(actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP)));
  }

  public static Optional<Percent> of(Amount actual, Amount target) {
    return of(actual.yuan(), target.yuan());
  }

  /** Percentage points this share is ahead of (positive) or behind (negative) another. */
  public BigDecimal pointsAbove(Percent other) {
    return value.subtract(other.value);
  }

  public String display() {
    return value.toPlainString() + "%";
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return display();
  }
}
