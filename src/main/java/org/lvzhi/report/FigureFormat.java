package org.lvzhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.lvzhi.shared.Amount;
import org.lvzhi.shared.Percent;

/**
 * How a placeholder writes its figure in the report's Chinese (ADR 14). Without a format a figure
 * is written as its metric's unit says: a count exact, an amount in 万元 (in 亿元 from one 亿 on), a
 * rate as a percentage.
 */
enum FigureFormat {
  /** As the unit says (see the class comment). */
  PLAIN(""),
  /** The exact number: 33. */
  EXACT("exact"),
  /** The "N余" form of Chinese reports ({@link #about}): 33 → 30余. */
  ABOUT("余"),
  /** An amount in 万元, two decimals: 7599.03万元. */
  WAN("万元"),
  /** An amount in 亿元, two decimals: 4.13亿元. */
  YI("亿元"),
  /** The names the metric counts, joined with 、: 福建、江苏、山东、四川. */
  NAMES("names"),
  /** A percentage by the shared rule (half-up, two decimals): 50.07%. */
  PERCENT("%");

  private static final BigDecimal YI_IN_WAN = new BigDecimal("10000");
  private static final BigDecimal TEN = BigDecimal.TEN;

  final String word;

  FigureFormat(String word) {
    this.word = word;
  }

  static Optional<FigureFormat> named(String word) {
    for (FigureFormat format : values()) {
      if (format != PLAIN && format.word.equals(word)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The figure as the sentence shows it: {@code value} in the metric's {@code unit} (amounts in 万元,
   * rates in %), {@code names} what it counts.
   */
  String write(BigDecimal value, String unit, List<String> names) {
    return switch (this) {
      case EXACT -> exact(value);
      case ABOUT -> about(value);
      case WAN -> Amount.ofWan(value.toPlainString()).inWan().toPlainString() + "万元";
      case YI -> Amount.ofWan(value.toPlainString()).inYi().toPlainString() + "亿元";
      case NAMES -> String.join("、", names);
      case PERCENT -> new Percent(value).display();
      case PLAIN ->
          switch (unit) {
            case "万元" ->
                value.compareTo(YI_IN_WAN) >= 0
                    ? YI.write(value, unit, names)
                    : WAN.write(value, unit, names);
            case "%" -> PERCENT.write(value, unit, names);
            default -> exact(value);
          };
    };
  }

  /** The number without trailing zeros: 12, 3.5. */
  static String exact(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * The "N余" form: below 10 the number is exact (a fraction is kept: 2, 3.5); from 10 on its whole
   * part is rounded down to its leading digit's place and "余" added (12 → 10余, 33 → 30余, 105 →
   * 100余, 1999 → 1000余), except where nothing was rounded away: a multiple of that place stays
   * exact (30 → 30, 100 → 100).
   */
  static String about(BigDecimal value) {
    if (value.compareTo(TEN) < 0) {
      return exact(value);
    }
    BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
    BigDecimal place = TEN.pow(whole.precision() - 1);
    BigDecimal floor = whole.divide(place, 0, RoundingMode.DOWN).multiply(place);
    return floor.compareTo(value) == 0 ? exact(floor) : floor.toPlainString() + "余";
  }
}
