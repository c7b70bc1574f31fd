package org.lvzhi.proposal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;

/**
 * The checks of one move's input, collected so that every problem is named at once (400, nothing
 * saved): required and bounded texts, and the date a move happened — today where not given, never
 * in the future, never before the step it follows.
 */
final class Input {

  private final Map<String, String> problems = new LinkedHashMap<>();
  private final LocalDate today;

  Input(LocalDate today) {
    this.today = today;
  }

  String required(String field, String labelKey, String text, int max) {
    if (text == null || text.isBlank()) {
      problems.put(field, Texts.of("validation.required", Texts.of(labelKey)));
      return null;
    }
    return optional(field, labelKey, text, max);
  }

  String optional(String field, String labelKey, String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      problems.put(field, Texts.of("validation.tooLong", Texts.of(labelKey), max));
    }
    return trimmed;
  }

  <T> T present(String field, String labelKey, T value) {
    if (value == null) {
      problems.put(field, Texts.of("validation.required", Texts.of(labelKey)));
    }
    return value;
  }

  /**
   * The date a move happened: {@code on} or today; not after today, not before {@code notBefore}.
   */
  LocalDate on(LocalDate on, LocalDate notBefore) {
    LocalDate date = on == null ? today : on;
    if (date.isAfter(today)) {
      problems.put("on", Texts.of("proposal.input.dateInFuture", today));
    } else if (notBefore != null && date.isBefore(notBefore)) {
      problems.put("on", Texts.of("proposal.input.dateTooEarly", notBefore));
    }
    return date;
  }

  void problem(String field, String messageKey, Object... args) {
    problems.putIfAbsent(field, Texts.of(messageKey, args));
  }

  boolean has(String field) {
    return problems.containsKey(field);
  }

  void refuseIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
