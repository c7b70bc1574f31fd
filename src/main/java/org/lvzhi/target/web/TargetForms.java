package org.lvzhi.target.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.lvzhi.system.InvalidInputException;
import org.lvzhi.system.Texts;
import org.lvzhi.target.TargetInput;

/**
 * A target's form or query fields read into {@link TargetInput}: filters are the fields named
 * {@code f.<filter>} (blank ones left out); a number or date that does not read is refused with
 * every such field named.
 */
final class TargetForms {

  static final String FILTER_PREFIX = "f.";

  private TargetForms() {}

  static Map<String, String> filters(Map<String, String> fields) {
    Map<String, String> filters = new TreeMap<>();
    fields.forEach(
        (name, value) -> {
          if (name.startsWith(FILTER_PREFIX) && value != null && !value.isBlank()) {
            filters.put(name.substring(FILTER_PREFIX.length()), value.strip());
          }
        });
    return filters;
  }

  static TargetInput input(Map<String, String> fields) {
    Map<String, String> errors = new LinkedHashMap<>();
    boolean manual = "true".equals(fields.get("manual")) || "on".equals(fields.get("manual"));
    TargetInput input =
        new TargetInput(
            id(fields, "themeId", errors),
            fields.get("label"),
            blankToNull(fields.get("metric")),
            filters(fields),
            blankToNull(fields.get("unit")),
            number(fields, "targetValue", errors),
            id(fields, "leadMemberId", errors),
            id(fields, "specialCommitteeId", errors),
            date(fields, "deadline", errors),
            manual,
            number(fields, "manualValue", errors),
            blankToNull(fields.get("manualNote")),
            date(fields, "manualOn", errors),
            integer(fields, "sortOrder", errors));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return input;
  }

  static int version(Map<String, String> fields) {
    Map<String, String> errors = new LinkedHashMap<>();
    Integer version = integer(fields, "version", errors);
    if (version == null || !errors.isEmpty()) {
      throw new InvalidInputException(Map.of("version", Texts.of("target.invalidNumber")));
    }
    return version;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static BigDecimal number(Map<String, String> fields, String name, Map<String, String> errors) {
    String value = blankToNull(fields.get(name));
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.replace(",", "").replace("\u00a0", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      errors.put(name, Texts.of("target.invalidNumber"));
      return null;
    }
  }

  private static Long id(Map<String, String> fields, String name, Map<String, String> errors) {
    String value = blankToNull(fields.get(name));
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(name, Texts.of("target.invalidNumber"));
      return null;
    }
  }

  static Integer integer(Map<String, String> fields, String name, Map<String, String> errors) {
    String value = blankToNull(fields.get(name));
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(name, Texts.of("target.invalidNumber"));
      return null;
    }
  }

  private static LocalDate date(
      Map<String, String> fields, String name, Map<String, String> errors) {
    String value = blankToNull(fields.get(name));
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(name, Texts.of("target.invalidDate"));
      return null;
    }
  }
}
