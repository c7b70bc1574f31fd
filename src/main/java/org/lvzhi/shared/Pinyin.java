package org.lvzhi.shared;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of a Chinese name ("张建国" → "zjg"), so that a picker finds a person by the letters
 * a clerk types on a phone. Characters outside the pinyin table are kept as they are when they are
 * letters or digits and left out otherwise; a character read several ways gives the initial of its
 * first reading.
 */
public final class Pinyin {

  private Pinyin() {}

  public static String initials(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String[] readings =
                  c <= 0xFFFF ? PinyinHelper.toHanyuPinyinStringArray((char) c) : null;
              if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                initials.append(readings[0].charAt(0));
              } else if (Character.isLetterOrDigit(c) && c < 0x80) {
                initials.appendCodePoint(Character.toLowerCase(c));
              }
            });
    return initials.toString().toLowerCase(Locale.ROOT);
  }
}
