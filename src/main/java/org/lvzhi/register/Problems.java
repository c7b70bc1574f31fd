package org.lvzhi.register;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Collects what is wrong with an input, one message per field, in the user's language. */
final class Problems implements RecordRule.RuleContext {

  private final MessageSource messages;
  private final Map<String, String> byField = new LinkedHashMap<>();
  private final java.util.function.BiPredicate<Long, Map<String, Object>> existsOther;

  Problems(
      MessageSource messages,
      java.util.function.BiPredicate<Long, Map<String, Object>> existsOther) {
    this.messages = messages;
    this.existsOther = existsOther;
  }

  @Override
  public void reject(String field, String messageKey, Object... args) {
    byField.putIfAbsent(
        field, messages.getMessage(messageKey, args, messageKey, LocaleContextHolder.getLocale()));
  }

  @Override
  public boolean existsOther(Long id, Map<String, Object> fieldValues) {
    return existsOther.test(id, fieldValues);
  }

  boolean any() {
    return !byField.isEmpty();
  }

  Map<String, String> byField() {
    return byField;
  }
}
