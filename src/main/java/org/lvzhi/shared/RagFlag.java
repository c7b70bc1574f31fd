package org.lvzhi.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one red / amber / green rule: completion compared with the share of the year elapsed (时序进度),
 * and overdue problems and milestones where a record has them. Shepherded projects and annual
 * targets both use it; each module configures its thresholds ({@code lvzhi.investment.rag.*},
 * {@code lvzhi.target.rag.*}).
 */
public enum RagFlag {
  GREEN,
  AMBER,
  RED;

  /**
   * @param amberPoints behind schedule by more than this many points is amber
   * @param redPoints behind schedule by more than this many points is red
   * @param redOverdueProblems this many overdue problems or more is red; any is amber
   */
  public record Thresholds(BigDecimal amberPoints, BigDecimal redPoints, int redOverdueProblems) {}

  public static RagFlag of(
      Optional<Percent> completion,
      Percent elapsed,
      long overdueProblems,
      long overdueMilestones,
      Thresholds thresholds) {
    BigDecimal behind = completion.map(c -> elapsed.pointsAbove(c)).orElse(BigDecimal.ZERO);
    if (behind.compareTo(thresholds.redPoints()) > 0
        || overdueProblems >= thresholds.redOverdueProblems()) {
      return RED;
    }
    if (behind.compareTo(thresholds.amberPoints()) > 0
        || overdueProblems > 0
        || overdueMilestones > 0) {
      return AMBER;
    }
    return GREEN;
  }

  /** The flag of a figure with no problems or milestones of its own: schedule alone. */
  public static RagFlag of(Optional<Percent> completion, Percent elapsed, Thresholds thresholds) {
    return of(completion, elapsed, 0, 0, thresholds);
  }

  /** The share of the year elapsed on a day (the day itself counted as elapsed; leap years too). */
  public static Percent elapsed(LocalDate day) {
    long days = day.lengthOfYear();
    long passed = ChronoUnit.DAYS.between(day.withDayOfYear(1), day) + 1;
    return Percent.of(BigDecimal.valueOf(passed), BigDecimal.valueOf(days)).orElseThrow();
  }
}
