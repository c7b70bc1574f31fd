package org.lvzhi.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** Dates and ids as forms type them: ISO dates, or missing (null); anything else is 400. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw new DateTimeParseException("out of range", text, 0);
      }
      return date;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("supervision.invalidDate", text)));
    }
  }

  static Long id(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(Map.of(field, Texts.of("supervision.invalidChoice", text)));
    }
  }

  static List<Long> ids(String field, List<String> texts) {
    List<Long> ids = new ArrayList<>();
    if (texts != null) {
      for (String text : texts) {
        Long id = id(field, text);
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }
}
