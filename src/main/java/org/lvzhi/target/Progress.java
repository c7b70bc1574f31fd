package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.shared.Percent;
import org.lvzhi.shared.RagFlag;

/**
 * How a target stands on a day: the actual value against the target value (completion, the shared
 * {@link Percent} rule), the share of the year elapsed (时序进度: the day counted, leap years too), how
 * many points ahead of (positive) or behind (negative) schedule, and the one red / amber / green
 * rule ({@link RagFlag}) the shepherded projects use.
 */
public record Progress(
    BigDecimal actual,
    BigDecimal target,
    Optional<Percent> completion,
    Percent elapsed,
    BigDecimal pointsAhead,
    RagFlag flag) {

  static Progress of(
      BigDecimal actual, BigDecimal target, int year, LocalDate asOf, RagFlag.Thresholds rag) {
    Percent elapsed = elapsed(year, asOf);
    Optional<Percent> completion = Percent.of(actual, target);
    BigDecimal ahead =
        completion.map(c -> c.pointsAbove(elapsed)).orElse(BigDecimal.ZERO.setScale(2));
    return new Progress(
        actual, target, completion, elapsed, ahead, RagFlag.of(completion, elapsed, rag));
  }

  /** The share of a year elapsed on a day: none before it starts, all after it ends. */
  static Percent elapsed(int year, LocalDate asOf) {
    if (asOf.getYear() < year) {
      return new Percent(BigDecimal.ZERO);
    }
    if (asOf.getYear() > year) {
      return new Percent(new BigDecimal("100"));
    }
    return RagFlag.elapsed(asOf);
  }

  /** Whether the target is ahead of (or exactly on) schedule. */
  public boolean ahead() {
    return pointsAhead.signum() >= 0;
  }

  /** The points ahead or behind, without sign, for "落后 3.20 个百分点". */
  public String points() {
    return pointsAhead.abs().toPlainString();
  }

  /** Completion as shown: 50.07%, or a dash where the target is zero. */
  public String completionText() {
    return completion.map(Percent::display).orElse("\u2014");
  }

  /** Completion capped at 100 for a bar's width. */
  public String barWidth() {
    return completion
        .map(c -> c.value().min(new BigDecimal("100")).max(BigDecimal.ZERO).toPlainString())
        .orElse("0");
  }
}
