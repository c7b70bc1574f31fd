package org.lvzhi.system;

import java.util.Locale;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Message keys resolved in the reader's language, for refusals raised where no {@link
 * MessageSource} is at hand: domain models and the exceptions they throw keep a key and its
 * arguments, and the text is made when someone reads it. Outside a request (a unit test, a job) the
 * committee's working language, Chinese, is used. The application's own message source replaces the
 * bundled fallback at start-up ({@link TextsConfig}).
 */
public final class Texts {

  private static volatile MessageSource source = bundled();

  private Texts() {}

  /** The text of a key in the current reader's language; the key itself where it has no text. */
  public static String of(String key, Object... args) {
    return source.getMessage(key, args, key, reader());
  }

  /**
   * A date-time pattern of the bundles ({@code activity.whenPattern}) for the current reader, month
   * names in their language whatever the server's own locale.
   */
  public static java.time.format.DateTimeFormatter pattern(String key) {
    return java.time.format.DateTimeFormatter.ofPattern(of(key), reader());
  }

  /** The current reader's locale; outside a request, Chinese. */
  private static Locale reader() {
    return LocaleContextHolder.getLocaleContext() == null
        ? Locale.SIMPLIFIED_CHINESE
        : LocaleContextHolder.getLocale();
  }

  static void use(MessageSource messages) {
    source = messages;
  }

  /** The same bundles as {@code spring.messages.basename} names, read without a Spring context. */
  private static MessageSource bundled() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    try {
      Properties properties =
          PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
      bundles.setBasenames(
          properties.getProperty("spring.messages.basename", "messages").split(","));
    } catch (java.io.IOException e) {
      bundles.setBasenames("messages");
    }
    return bundles;
  }
}
