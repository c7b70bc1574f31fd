package org.lvzhi.proposal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** A date as a form or the API types it: ISO, or missing (null); anything else is 400 naming it. */
final class DateInput {

  private DateInput() {}

  static LocalDate parse(String field, String labelKey, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          Map.of(field, Texts.of("validation.date", Texts.of(labelKey), text)));
    }
  }

  /** The date a move happened ({@code on}). */
  static LocalDate on(String text) {
    return parse("on", "proposal.movedOn", text);
  }

  /** A closed-list value (grade, manner, rating) as typed, or 400 naming the field. */
  static <E extends Enum<E>> E code(Class<E> type, String field, String labelKey, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          Map.of(field, Texts.of("proposal.input.unknownChoice", Texts.of(labelKey), text)));
    }
  }
}
