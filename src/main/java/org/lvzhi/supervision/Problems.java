package org.lvzhi.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/** Every field's problem with an input, refused together (nothing is half-saved). */
final class Problems {

  /** No record of this system goes back before the year 1949. */
  static final int EARLIEST_YEAR = 1949;

  private final Map<String, String> problems = new LinkedHashMap<>();

  void add(String field, String key, Object... args) {
    problems.putIfAbsent(field, Texts.of(key, args));
  }

  /** The text stripped; a problem where required and blank, or longer than {@code max}. */
  String text(String field, String value, boolean required, int max) {
    String text = value == null ? null : value.strip();
    if (text == null || text.isEmpty()) {
      if (required) {
        add(field, "supervision.required");
      }
      return null;
    }
    if (text.length() > max) {
      add(field, "supervision.tooLong", String.valueOf(max));
    }
    return text;
  }

  /** A required date, never after {@code today}. */
  LocalDate pastDate(String field, LocalDate date, LocalDate today) {
    if (date == null) {
      add(field, "supervision.required");
    } else if (date.isAfter(today)) {
      add(field, "supervision.inFuture");
    } else if (date.getYear() < EARLIEST_YEAR) {
      add(field, "supervision.tooEarly", String.valueOf(EARLIEST_YEAR));
    }
    return date;
  }

  <E extends Enum<E>> E code(String field, Class<E> codes, String value) {
    try {
      return SupervisionCodes.parse(field, codes, value);
    } catch (InvalidInputException e) {
      problems.putAll(e.fieldErrors());
      return null;
    }
  }

  void refuseAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
