package org.lvzhi.output;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** A date typed into a form of the advice modules: ISO, or a 400 naming the field. */
public final class FormDates {

  private FormDates() {}

  /** The date in {@code text}, null where blank. */
  public static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("output.invalidDate", text)));
    }
  }

  /** The enum constant named {@code text}, null where blank, or a 400 naming the field. */
  public static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("output.invalidChoice", text)));
    }
  }
}
