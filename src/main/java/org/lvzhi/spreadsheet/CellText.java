package org.lvzhi.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a numeric or date cell of an imported .xlsx becomes text. */
final class CellText {

  // Excel shows at most 15 significant digits; cached values like 0.30000000000000004 should read
  // as the 0.3 the person saw.
  private static final MathContext EXCEL_PRECISION = new MathContext(15);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter TIME_WITH_SECONDS =
      DateTimeFormatter.ofPattern("HH:mm:ss");

  private CellText() {}

  /** 13812345678 rather than 1.3812345678E10, 12 rather than 12.0. */
  static String number(String raw) {
    return new BigDecimal(raw.strip()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
  }

  static boolean isDateFormat(int formatIndex, String format) {
    return isChineseBuiltInDate(formatIndex)
        || (format != null && DateUtil.isADateFormat(formatIndex, format));
  }

  /** yyyy-MM-dd; with the time of day only where the format shows it and it is not midnight. */
  static String date(String raw, boolean date1904, int formatIndex, String format) {
    LocalDateTime at = DateUtil.getLocalDateTime(Double.parseDouble(raw.strip()), date1904, true);
    if (at == null) { // negative or out of range: Excel shows ##### and so has no date to give
      return number(raw);
    }
    String shown = visiblePart(formatIndex, format);
    boolean showsTime = shown.contains("h") || shown.contains("s");
    boolean showsDate = shown.contains("y") || shown.contains("d") || !showsTime;
    if (!showsDate) {
      return time(at.toLocalTime());
    }
    String day = at.toLocalDate().toString();
    return showsTime && !at.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? day + " " + time(at.toLocalTime())
        : day;
  }

  private static String time(LocalTime t) {
    return (t.getSecond() == 0 ? TIME : TIME_WITH_SECONDS).format(t);
  }

  /**
   * Formats 27-36 and 50-58 are dates and times whose text depends on the locale, so files saved in
   * Chinese Excel/WPS often carry only the number; POI's DateUtil does not know them as dates.
   */
  private static boolean isChineseBuiltInDate(int formatIndex) {
    return (formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58);
  }

  /** The format's letters that show parts of the date, without quoted text and [colour] codes. */
  private static String visiblePart(int formatIndex, String format) {
    if (isChineseBuiltInDate(formatIndex)) {
      boolean timeOnly =
          (formatIndex >= 32 && formatIndex <= 35) || formatIndex == 55 || formatIndex == 56;
      return timeOnly ? "h" : "yd";
    }
    String f = format == null ? "" : format;
    return f.replaceAll("\"[^\"]*\"", "")
        .replaceAll("\\\\.", "")
        .replaceAll("\\[(?![hms]+\\])[^\\]]*\\]", "")
        .toLowerCase(Locale.ROOT);
  }
}
