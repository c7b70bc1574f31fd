package org.lvzhi.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact amount of money in yuan with two decimals. Never floating point: construct from a string
 * or a {@link BigDecimal}. Shown in the reader's language: in Chinese in 万元 (two decimals), or in
 * 亿元 from one hundred million on; in English in yuan ("¥55,000.00"), or in millions from one
 * million on ("¥95.14 million").
 */
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

  private static final BigDecimal WAN = new BigDecimal("10000");
  private static final BigDecimal YI = new BigDecimal("100000000");
  private static final BigDecimal MILLION = new BigDecimal("1000000");
  public static final Amount ZERO = new Amount(BigDecimal.ZERO);

  public Amount {
    if (yuan == null) {
      throw new IllegalArgumentException("amount is required");
    }
    yuan = yuan.setScale(2, RoundingMode.HALF_UP);
  }

  /** The largest amount a {@code NUMERIC(16, 2)} column (every amount column) holds. */
  public static final BigDecimal COLUMN_MAX = new BigDecimal("99999999999999.99");

  /**
   * How the API writes an amount in yuan, in both directions: digits, at most two decimals, not
   * negative, fitting {@link #COLUMN_MAX} ("75990300.00").
   */
  public static final String YUAN_PATTERN = "^(0|[1-9][0-9]{0,13})(\\.[0-9]{1,2})?$";

  private static final java.util.regex.Pattern YUAN_TEXT =
      java.util.regex.Pattern.compile(YUAN_PATTERN);

  /** An amount in yuan as the API writes it ({@link #YUAN_PATTERN}); empty when it is not one. */
  public static java.util.Optional<Amount> parseYuan(String text) {
    if (text == null || !YUAN_TEXT.matcher(text).matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Amount(new BigDecimal(text)));
  }

  /** Whether the amount fits an amount column ({@link #COLUMN_MAX}, not negative). */
  public boolean fitsColumn() {
    return yuan.signum() >= 0 && yuan.compareTo(COLUMN_MAX) <= 0;
  }

  /** The amount in yuan as the API writes it: "75990300.00". */
  public String plain() {
    return yuan.toPlainString();
  }

  public static Amount ofYuan(String yuan) {
    return new Amount(new BigDecimal(yuan.trim()));
  }

  public static Amount ofWan(String wan) {
    return new Amount(new BigDecimal(wan.trim()).multiply(WAN));
  }

  public static Amount ofYi(String yi) {
    return new Amount(new BigDecimal(yi.trim()).multiply(YI));
  }

  public Amount plus(Amount other) {
    return new Amount(yuan.add(other.yuan));
  }

  public Amount minus(Amount other) {
    return new Amount(yuan.subtract(other.yuan));
  }

  public boolean isNegative() {
    return yuan.signum() < 0;
  }

  /** The amount in 万元, exact to two decimals (half-up). */
  public BigDecimal inWan() {
    return yuan.divide(WAN, 2, RoundingMode.HALF_UP);
  }

  /** The amount in 亿元, exact to two decimals (half-up). */
  public BigDecimal inYi() {
    return yuan.divide(YI, 2, RoundingMode.HALF_UP);
  }

  /**
   * The number of 万元 with thousands separators and two decimals, for tables headed "（万元）":
   * "7,599.03".
   */
  public String wanFigure() {
    return format(inWan());
  }

  /** The amount as the current reader reads it ({@link #display(Locale)}). */
  public String display() {
    return display(reader());
  }

  /**
   * In Chinese "9,513.54万元", or "4.13亿元" from one 亿 on; in English "¥55,000.00", or "¥95.14
   * million" from one million on.
   */
  public String display(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      if (yuan.abs().compareTo(MILLION) >= 0) {
        return "¥" + format(yuan.divide(MILLION, 2, RoundingMode.HALF_UP)) + " million";
      }
      return "¥" + format(yuan);
    }
    if (yuan.abs().compareTo(YI) >= 0) {
      return format(inYi()) + "亿元";
    }
    return format(inWan()) + "万元";
  }

  /**
   * An amount as {@link #display(Locale)} wrote it in Chinese ("3,000.00万元", "2.00亿元"), as history
   * keeps it; empty for any other text. A shown 亿 amount is exact to one 万元 only.
   */
  public static java.util.Optional<Amount> parseDisplayed(String text) {
    java.util.regex.Matcher shown = DISPLAYED.matcher(text == null ? "" : text.strip());
    if (!shown.matches()) {
      return java.util.Optional.empty();
    }
    BigDecimal figure = new BigDecimal(shown.group(1).replace(",", ""));
    return java.util.Optional.of(
        new Amount(figure.multiply("亿元".equals(shown.group(2)) ? YI : WAN)));
  }

  private static final java.util.regex.Pattern DISPLAYED =
      java.util.regex.Pattern.compile("(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(万元|亿元)");

  /** The reader's locale; outside a request the committee's working language, Chinese. */
  private static Locale reader() {
    return org.springframework.context.i18n.LocaleContextHolder.getLocaleContext() == null
        ? Locale.SIMPLIFIED_CHINESE
        : org.springframework.context.i18n.LocaleContextHolder.getLocale();
  }

  private static String format(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value);
  }

  @Override
  public int compareTo(Amount other) {
    return yuan.compareTo(other.yuan);
  }

  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
