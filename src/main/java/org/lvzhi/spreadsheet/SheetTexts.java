package org.lvzhi.spreadsheet;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of import refusals ({@code import.*} in the application's {@code messages} bundle), in
 * the reader's language; Chinese outside a request. The module reads the bundle itself rather than
 * through {@code system}'s texts, since {@code system} depends on this module.
 */
final class SheetTexts {

  private static final MessageSource BUNDLE = bundle();

  private SheetTexts() {}

  static String of(String key, Object... args) {
    Locale locale =
        LocaleContextHolder.getLocaleContext() == null
            ? Locale.SIMPLIFIED_CHINESE
            : LocaleContextHolder.getLocale();
    return BUNDLE.getMessage(key, args, key, locale);
  }

  private static MessageSource bundle() {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    return bundle;
  }
}
