package org.lvzhi.rectification.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** The due date a form or the API gives, as typed. */
final class DueDates {

  private DueDates() {}

  /** An ISO date given in {@code field}, or that field's error; a missing one is null. */
  static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("rectification.invalidDate", text)));
    }
  }

  /** An ISO date, or a field error; a missing one is the move's to refuse. */
  static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          Map.of("dueOn", Texts.of("rectification.invalidDueOn", text)));
    }
  }
}
