package org.lvzhi.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lvzhi.shared.Amount;

/**
 * A record's field values as the engine parsed and checked them, read by field name with their
 * types: what rules check and what an aggregate's writer receives from a form, an import or the
 * API. Values are already of the field's type (a choice is its code, a reference an id); an absent
 * value is {@code null}, a multi-valued field an empty list.
 */
public final class RecordValues {

  private final Map<String, Object> values;

  RecordValues(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Values for a test or a writer's own use, by field name. */
  public static RecordValues of(Map<String, ?> values) {
    return new RecordValues(new LinkedHashMap<>(values));
  }

  public boolean isPresent(String field) {
    return values.get(field) != null;
  }

  public String text(String field) {
    return (String) values.get(field);
  }

  /** A choice field's code, as its enum. */
  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String code = text(field);
    return code == null ? null : Enum.valueOf(type, code);
  }

  /** A multi-choice field's codes. */
  @SuppressWarnings("unchecked")
  public List<String> codes(String field) {
    Object value = values.get(field);
    return value == null ? List.of() : List.copyOf((List<String>) value);
  }

  /** A reference field's id. */
  public Long id(String field) {
    return (Long) values.get(field);
  }

  /** A multi-reference field's ids. */
  @SuppressWarnings("unchecked")
  public List<Long> ids(String field) {
    Object value = values.get(field);
    return value == null ? List.of() : List.copyOf((List<Long>) value);
  }

  public Integer integer(String field) {
    return (Integer) values.get(field);
  }

  public BigDecimal decimal(String field) {
    return (BigDecimal) values.get(field);
  }

  /** An amount field, in yuan. */
  public Amount amount(String field) {
    BigDecimal yuan = decimal(field);
    return yuan == null ? null : new Amount(yuan);
  }

  public LocalDate date(String field) {
    return (LocalDate) values.get(field);
  }

  public LocalDateTime dateTime(String field) {
    return (LocalDateTime) values.get(field);
  }

  public boolean flag(String field) {
    return Boolean.TRUE.equals(values.get(field));
  }

  /** The raw value, for the engine's generic steps (uniqueness, history). */
  Object raw(String field) {
    return values.get(field);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
