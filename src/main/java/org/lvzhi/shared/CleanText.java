package org.lvzhi.shared;

/**
 * Text that may be kept: no NUL (nor other C0 control characters but tab, line feed and carriage
 * return) and no unpaired surrogate. Forms, JSON, query parameters and spreadsheet cells are all
 * checked against this one rule, so no such character reaches the database or a file name.
 */
public final class CleanText {

  private CleanText() {}

  /** Whether the text holds only characters that may be kept; null is clean. */
  public static boolean isClean(CharSequence text) {
    if (text == null) {
      return true;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
    }
    return true;
  }
}
