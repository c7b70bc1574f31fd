package org.lvzhi.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;

/** Names and sizes as people read them. */
public final class FileNames {

  static final int MAX_LENGTH = 200;

  /** Names shown when an upload has none left after cleaning. */
  static final String UNNAMED = "附件";

  private static final long KB = 1024;
  private static final long MB = KB * 1024;

  private FileNames() {}

  /**
   * The original name without any folder part, control or bidirectional-override characters,
   * characters Windows refuses, or leading dots; at most {@value #MAX_LENGTH} characters, keeping
   * the extension. Used only for display and downloads: files are stored under generated names.
   */
  static String clean(String original) {
    String name = Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.replaceAll(
            "[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF<>:\"|?*]",
            "");
    name = name.strip().replaceFirst("^[.\\s]+", "");
    if (name.isEmpty()) {
      return UNNAMED;
    }
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    return name.substring(0, MAX_LENGTH - extension.length()) + extension;
  }

  /** A size in KB below one megabyte and in MB from there, with at most one decimal. */
  public static String size(long bytes) {
    if (bytes < MB) {
      return decimal(Math.max(bytes, 1), KB) + " KB";
    }
    return decimal(bytes, MB) + " MB";
  }

  private static String decimal(long bytes, long unit) {
    BigDecimal value =
        BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
    if (value.signum() == 0) {
      value = new BigDecimal("0.1");
    }
    return value.stripTrailingZeros().toPlainString();
  }
}
