package org.lvzhi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The message bundles named in {@code spring.messages.basename}, merged per language, for tests.
 */
public final class MessageBundles {

  private MessageBundles() {}

  public static List<String> basenames() {
    Properties application = load("/application.properties");
    return Stream.of(application.getProperty("spring.messages.basename").split(","))
        .map(String::trim)
        .toList();
  }

  /** Every key and text of one language: "" for Chinese (the default), "_en" for English. */
  public static Properties merged(String suffix) {
    Properties all = new Properties();
    for (String basename : basenames()) {
      Properties one = load("/" + basename + suffix + ".properties");
      one.stringPropertyNames()
          .forEach(
              key -> {
                if (all.containsKey(key)) {
                  throw new IllegalStateException("key " + key + " appears in two bundles");
                }
                all.setProperty(key, one.getProperty(key));
              });
    }
    return all;
  }

  public static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundle " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
