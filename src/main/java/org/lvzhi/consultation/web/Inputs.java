package org.lvzhi.consultation.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** Dates and times as a form or the API gives them; a missing one is null, a bad one a 400. */
final class Inputs {

  private Inputs() {}

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.trim());
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("consultation.input.date", text)));
    }
  }

  static LocalDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDateTime time = LocalDateTime.parse(text.trim());
      if (time.getYear() < 1 || time.getYear() > 9999) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return time;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("consultation.input.time", text)));
    }
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(Map.of(field, Texts.of("consultation.input.missing")));
    }
    return value;
  }
}
