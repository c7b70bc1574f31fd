package org.lvzhi.target;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of the target table (年度目标任务分解表): indicator, target, actual (in the target's unit),
 * completion and schedule, lead leader and responsible body; {@code recordsHref} leads to the
 * records behind the actual value (null for a manual value).
 */
public record ProgressRow(
    long targetId,
    String themeName,
    String label,
    Indicator indicator,
    String unit,
    BigDecimal targetValue,
    BigDecimal actual,
    Progress progress,
    String leadName,
    String responsibleName,
    LocalDate deadline,
    boolean manual,
    String manualNote,
    String recordsHref) {

  /** A value as shown: two decimals at most, no trailing zeros. */
  public static String shown(BigDecimal value) {
    if (value == null) {
      return "\u2014";
    }
    BigDecimal rounded = value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }

  public String actualText() {
    return shown(actual);
  }

  public String targetText() {
    return shown(targetValue);
  }
}
