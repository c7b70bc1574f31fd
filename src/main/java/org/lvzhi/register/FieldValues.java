package org.lvzhi.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lvzhi.shared.CreditCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns what people type (forms, JSON, spreadsheet cells) into typed values, and typed values into
 * what people read. A choice may be given by its code or its label, a reference by its id or its
 * name, so one parser serves the form, the API and the import.
 */
@Component
class FieldValues {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");
  private static final java.time.format.DateTimeFormatter MINUTES =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final Set<String> TRUE = Set.of("true", "1", "是", "y", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "0", "否", "n", "no", "off");
  private final MessageSource messages;
  private final References references;
  private final java.time.Clock clock;
  private final ChoiceAliases aliases;

  FieldValues(
      MessageSource messages, References references, java.time.Clock clock, ChoiceAliases aliases) {
    this.messages = messages;
    this.references = references;
    this.clock = clock;
    this.aliases = aliases;
  }

  /** Parses every field of a type; a field absent from the input gets its default. */
  Map<String, Object> parse(RecordType type, Map<String, List<String>> input, Problems problems) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (Field field : type.fields) {
      List<String> raw = input.getOrDefault(field.name, List.of());
      values.put(field.name, parse(field, raw, problems));
    }
    return values;
  }

  Object parse(Field field, List<String> raw, Problems problems) {
    if (field.readOnly) {
      return field.defaultValue;
    }
    if (raw.stream().anyMatch(s -> !org.lvzhi.shared.CleanText.isClean(s))) {
      problems.reject(field.name, "validation.badCharacters", label(field));
      return null;
    }
    List<String> given =
        raw.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    if (field.type == Field.Type.REFERENCES) {
      return parseReferences(field, given, problems);
    }
    if (field.type == Field.Type.CHOICES) {
      return parseChoices(field, given, problems);
    }
    if (given.isEmpty()) {
      if (field.type == Field.Type.BOOLEAN) {
        return field.defaultValue == null ? false : field.defaultValue;
      }
      if (field.required && field.defaultValue == null) {
        problems.reject(field.name, "validation.required", label(field));
      }
      return field.defaultValue;
    }
    String text = given.get(given.size() - 1);
    return switch (field.type) {
      case TEXT, TEXTAREA -> checkLength(field, text, problems);
      case INTEGER -> parseInteger(field, text, problems);
      case DECIMAL -> parseDecimal(field, text, problems);
      case AMOUNT -> parseAmount(field, text, problems);
      case DATE -> parseDate(field, text, problems);
      case DATETIME -> parseDateTime(field, text, problems);
      case BOOLEAN -> parseBoolean(field, text, problems);
      case CHOICE -> parseChoice(field, text, problems);
      case REFERENCE -> parseReference(field, text, problems).orElse(null);
      case PHONE ->
          check(field, text, MOBILE.matcher(text).matches(), "validation.mobile", problems);
      case CREDIT_CODE ->
          check(
              field,
              text.toUpperCase(Locale.ROOT),
              CreditCode.isValid(text.toUpperCase(Locale.ROOT)),
              "validation.creditCode",
              problems);
      case REFERENCES, CHOICES -> throw new IllegalStateException();
    };
  }

  private String checkLength(Field field, String text, Problems problems) {
    if (text.length() > field.maxLength) {
      problems.reject(field.name, "validation.tooLong", label(field), field.maxLength);
    }
    return text;
  }

  private String check(
      Field field, String text, boolean valid, String messageKey, Problems problems) {
    if (!valid) {
      problems.reject(field.name, messageKey, label(field), text);
    }
    return text;
  }

  private Integer parseInteger(Field field, String text, Problems problems) {
    try {
      int value =
          Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
      if ((field.min != null && value < field.min) || (field.max != null && value > field.max)) {
        problems.reject(field.name, "validation.range", label(field), field.min, field.max);
      }
      return value;
    } catch (NumberFormatException e) {
      problems.reject(field.name, "validation.integer", label(field), text);
      return null;
    }
  }

  private java.math.BigDecimal parseDecimal(Field field, String text, Problems problems) {
    try {
      java.math.BigDecimal value = new java.math.BigDecimal(text);
      if (value.scale() > field.scale) {
        problems.reject(field.name, "validation.decimals", label(field), field.scale);
      }
      if ((field.min != null && value.compareTo(java.math.BigDecimal.valueOf(field.min)) < 0)
          || (field.max != null && value.compareTo(java.math.BigDecimal.valueOf(field.max)) > 0)) {
        problems.reject(field.name, "validation.range", label(field), field.min, field.max);
      }
      return value.setScale(field.scale, java.math.RoundingMode.UNNECESSARY);
    } catch (NumberFormatException | ArithmeticException e) {
      problems.reject(field.name, "validation.decimal", label(field), text);
      return null;
    }
  }

  /** 万元 as typed ("7599.03", "7,599.03") to exact yuan; at most 6 decimals (to the fen). */
  private java.math.BigDecimal parseAmount(Field field, String text, Problems problems) {
    try {
      java.math.BigDecimal wan =
          new java.math.BigDecimal(text.replace(",", "").replace("万元", "").trim());
      if (wan.signum() < 0 || wan.stripTrailingZeros().scale() > 6) {
        problems.reject(field.name, "validation.amount", label(field), text);
        return null;
      }
      org.lvzhi.shared.Amount amount = org.lvzhi.shared.Amount.ofWan(wan.toPlainString());
      if (!amount.fitsColumn()) {
        problems.reject(field.name, "validation.amountTooLarge", label(field));
        return null;
      }
      return amount.yuan();
    } catch (NumberFormatException e) {
      problems.reject(field.name, "validation.amount", label(field), text);
      return null;
    }
  }

  private java.time.LocalDateTime parseDateTime(Field field, String text, Problems problems) {
    try {
      String iso = text.replace('/', '-').replace(' ', 'T');
      java.time.LocalDateTime time =
          java.time.LocalDateTime.parse(iso.length() == 16 ? iso + ":00" : iso)
              .withSecond(0)
              .withNano(0);
      if (time.getYear() < FIRST_YEAR || time.getYear() > LAST_YEAR) {
        problems.reject(field.name, "validation.yearRange", label(field), text);
        return null;
      }
      return time;
    } catch (DateTimeParseException e) {
      problems.reject(field.name, "validation.dateTime", label(field), text);
      return null;
    }
  }

  private List<String> parseChoices(Field field, List<String> given, Problems problems) {
    Set<String> codes = new LinkedHashSet<>();
    for (String part : given) {
      for (String one : SEPARATORS.split(part)) {
        if (!one.isBlank()) {
          String code = parseChoice(field, one.trim(), problems);
          if (code != null) {
            codes.add(code);
          }
        }
      }
    }
    if (field.required && codes.isEmpty()) {
      problems.reject(field.name, "validation.required", label(field));
    }
    return new ArrayList<>(codes);
  }

  /** The years any date is accepted in: 1900 to 2100. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2100;

  private LocalDate parseDate(Field field, String text, Problems problems) {
    try {
      LocalDate date = LocalDate.parse(text.replace('/', '-').replace('.', '-'));
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        problems.reject(field.name, "validation.yearRange", label(field), text);
        return null;
      }
      LocalDate today = LocalDate.now(clock);
      if (field.notInFuture && date.isAfter(today)) {
        problems.reject(field.name, "validation.future", label(field), today.toString());
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.reject(field.name, "validation.date", label(field), text);
      return null;
    }
  }

  private Boolean parseBoolean(Field field, String text, Problems problems) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return true;
    }
    if (FALSE.contains(lower)) {
      return false;
    }
    problems.reject(field.name, "validation.boolean", label(field), text);
    return null;
  }

  private String parseChoice(Field field, String text, Problems problems) {
    for (String code : field.choices) {
      if (code.equalsIgnoreCase(text)
          || choiceLabel(field, code, Locale.SIMPLIFIED_CHINESE).equals(text)
          || choiceLabel(field, code, Locale.ENGLISH).equalsIgnoreCase(text)) {
        return code;
      }
    }
    Optional<String> alias = aliases.codeOf(field.choiceKeyPrefix, field.choices, text);
    if (alias.isPresent()) {
      return alias.get();
    }
    String allowed =
        field.choices.stream()
            .map(c -> choiceLabel(field, c, locale()))
            .collect(Collectors.joining("、"));
    problems.reject(field.name, "validation.choice", label(field), text, allowed);
    return null;
  }

  private Optional<Long> parseReference(Field field, String text, Problems problems) {
    Optional<Long> id = Optional.empty();
    if (text.chars().allMatch(Character::isDigit) && text.length() < 19) {
      long candidate = Long.parseLong(text);
      id = references.exists(field, candidate) ? Optional.of(candidate) : Optional.empty();
    }
    if (id.isEmpty()) {
      id = references.idByLabel(field, text);
    }
    if (id.isEmpty()) {
      problems.reject(field.name, "validation.reference", label(field), text);
    }
    return id;
  }

  private List<Long> parseReferences(Field field, List<String> given, Problems problems) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : given) {
      for (String one : SEPARATORS.split(part)) {
        if (!one.isBlank()) {
          parseReference(field, one.trim(), problems).ifPresent(ids::add);
        }
      }
    }
    if (field.required && ids.isEmpty()) {
      problems.reject(field.name, "validation.required", label(field));
    }
    return new ArrayList<>(ids);
  }

  /** The value as people read it; references need their names, looked up beforehand. */
  String display(Field field, Object value, Map<Long, String> referenceLabels) {
    if (value == null) {
      return "";
    }
    return switch (field.type) {
      case BOOLEAN -> message(Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
      case CHOICE -> choiceLabel(field, value.toString(), locale());
      case CHOICES ->
          ((Collection<?>) value)
              .stream()
                  .map(code -> choiceLabel(field, code.toString(), locale()))
                  .collect(Collectors.joining("、"));
      case DATETIME -> ((java.time.LocalDateTime) value).format(MINUTES).replace('T', ' ');
      case AMOUNT -> new org.lvzhi.shared.Amount((java.math.BigDecimal) value).display();
      case REFERENCE -> referenceLabels.getOrDefault((Long) value, String.valueOf(value));
      case REFERENCES ->
          ((Collection<?>) value)
              .stream()
                  .map(id -> referenceLabels.getOrDefault((Long) id, String.valueOf(id)))
                  .collect(Collectors.joining("、"));
      default -> value.toString();
    };
  }

  /**
   * A value as history recorded it (in Chinese, ADR 3; some moves record a code) in the reader's
   * language: a choice's label or code becomes the reader's label, 是/否 the reader's yes/no, an
   * amount the reader's amount. Anything else (names, texts, dates) is shown as recorded. {@code
   * field} is null where the change names no field of the type.
   */
  String fromHistory(Field field, String recorded) {
    if (recorded == null || "zh".equals(locale().getLanguage())) {
      return recorded;
    }
    Optional<org.lvzhi.shared.Amount> amount = org.lvzhi.shared.Amount.parseDisplayed(recorded);
    if (amount.isPresent()) {
      return amount.get().display();
    }
    if (field == null) {
      return recorded;
    }
    return switch (field.type) {
      case BOOLEAN ->
          TRUE.contains(recorded.toLowerCase(Locale.ROOT))
              ? message("common.yes")
              : FALSE.contains(recorded.toLowerCase(Locale.ROOT)) ? message("common.no") : recorded;
      case CHOICE -> recordedChoice(field, recorded);
      case CHOICES ->
          SEPARATORS
              .splitAsStream(recorded)
              .map(one -> recordedChoice(field, one.trim()))
              .collect(Collectors.joining("、"));
      default -> recorded;
    };
  }

  private String recordedChoice(Field field, String recorded) {
    for (String code : field.choices) {
      if (code.equals(recorded)
          || choiceLabel(field, code, Locale.SIMPLIFIED_CHINESE).equals(recorded)) {
        return choiceLabel(field, code, locale());
      }
    }
    return recorded;
  }

  /** The value as a form or a JSON client gives it back: ids, codes, ISO dates. */
  static List<String> raw(Field field, Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    if (value instanceof java.time.LocalDateTime time) {
      return List.of(time.format(MINUTES));
    }
    if (field.type == Field.Type.AMOUNT) {
      return List.of(
          new org.lvzhi.shared.Amount((java.math.BigDecimal) value)
              .inWan()
              .stripTrailingZeros()
              .toPlainString());
    }
    return List.of(value.toString());
  }

  String choiceLabel(Field field, String code, Locale locale) {
    return messages.getMessage(field.choiceKeyPrefix + "." + code, null, code, locale);
  }

  String label(Field field) {
    return message(field.labelKey);
  }

  String message(String key, Object... args) {
    return messages.getMessage(key, args, key, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
