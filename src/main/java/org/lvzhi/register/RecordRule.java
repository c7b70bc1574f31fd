package org.lvzhi.register;

import java.util.Map;

/**
 * A check on a whole record before it is saved, beyond what each field checks by itself (a
 * duplicate member, a date that must follow another). Report problems through the context; any
 * problem refuses the whole change.
 */
@FunctionalInterface
public interface RecordRule {

  void check(RecordValues values, Long id, RuleContext context);

  /** What a rule may ask and how it reports. */
  interface RuleContext {

    /** Whether another record of this type (not {@code id}) has these values in these fields. */
    boolean existsOther(Long id, Map<String, Object> fieldValues);

    /**
     * Reports a problem on a field ("" for the record as a whole); the message key's args follow.
     */
    void reject(String field, String messageKey, Object... args);
  }

  /** No other record may have the same values in all these fields. */
  static RecordRule unique(String messageKey, String... fields) {
    return (values, id, context) -> {
      Map<String, Object> key = new java.util.LinkedHashMap<>();
      for (String field : fields) {
        if (values.raw(field) == null) {
          return;
        }
        key.put(field, values.raw(field));
      }
      if (context.existsOther(id, key)) {
        context.reject(fields[fields.length - 1], messageKey, key.values().toArray());
      }
    };
  }
}
